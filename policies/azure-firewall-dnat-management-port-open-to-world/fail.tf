resource "azurerm_firewall_policy_rule_collection_group" "hub" {
  name               = "hub-inbound"
  firewall_policy_id = azurerm_firewall_policy.hub.id
  priority           = 100

  nat_rule_collection {
    name     = "publish-jumpbox"
    priority = 110
    action   = "Dnat"

    rule {
      name                = "jumpbox-rdp"
      protocols           = ["TCP"]
      # expect: azure-firewall-dnat-management-port-open-to-world "RDP (port 3389) of `10.20.1.4`"
      source_addresses    = ["*"]
      destination_address = "198.51.100.20"
      destination_ports   = ["3389"]
      translated_address  = "10.20.1.4"
      translated_port     = "3389"
    }

    rule {
      name                = "build-agent-ssh-moved"
      protocols           = ["TCP"]
      # expect: azure-firewall-dnat-management-port-open-to-world "SSH (port 22)"
      source_addresses    = ["203.0.113.0/24", "0.0.0.0/0"]
      destination_address = "198.51.100.20"
      destination_ports   = ["50022"]
      translated_address  = "10.20.1.9"
      translated_port     = 22
    }
  }
}

resource "azurerm_firewall_nat_rule_collection" "legacy" {
  name                = "legacy-dnat"
  azure_firewall_name = "fw-legacy"
  resource_group_name = "rg-network"
  priority            = 200
  action              = "Dnat"

  rule {
    name                  = "ops-ssh"
    protocols             = ["TCP"]
    # expect: azure-firewall-dnat-management-port-open-to-world "`azurerm_firewall_nat_rule_collection.legacy`"
    source_addresses      = ["Internet"]
    destination_addresses = ["198.51.100.30"]
    destination_ports     = ["22"]
    translated_address    = "10.30.0.5"
    translated_port       = "22"
  }
}
