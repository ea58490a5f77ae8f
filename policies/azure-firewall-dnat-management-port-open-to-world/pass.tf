resource "azurerm_firewall_policy_rule_collection_group" "hub" {
  name               = "hub-inbound"
  firewall_policy_id = azurerm_firewall_policy.hub.id
  priority           = 100

  nat_rule_collection {
    name     = "publish"
    priority = 110
    action   = "Dnat"

    # A web application published to everyone: not an administration port.
    rule {
      name                = "shop-https"
      protocols           = ["TCP"]
      source_addresses    = ["*"]
      destination_address = "198.51.100.20"
      destination_ports   = ["443"]
      translated_address  = "10.20.2.10"
      translated_port     = "8443"
    }

    # RDP only from the office range.
    rule {
      name                = "jumpbox-rdp-office"
      protocols           = ["TCP"]
      source_addresses    = ["192.0.2.0/26"]
      destination_address = "198.51.100.20"
      destination_ports   = ["3389"]
      translated_address  = "10.20.1.4"
      translated_port     = "3389"
    }

    # SSH from an IP group of partner ranges.
    rule {
      name                = "partner-ssh"
      protocols           = ["TCP"]
      source_ip_groups    = [azurerm_ip_group.partners.id]
      destination_address = "198.51.100.20"
      destination_ports   = ["22"]
      translated_address  = "10.20.1.9"
      translated_port     = "22"
    }
  }
}

resource "azurerm_firewall_nat_rule_collection" "legacy" {
  name                = "legacy-snat"
  azure_firewall_name = "fw-legacy"
  resource_group_name = "rg-network"
  priority            = 200
  action              = "Snat"

  rule {
    name                  = "outbound"
    protocols             = ["TCP"]
    source_addresses      = ["*"]
    destination_addresses = ["198.51.100.30"]
    destination_ports     = ["22"]
    translated_address    = "10.30.0.5"
    translated_port       = "22"
  }
}

resource "azurerm_firewall_nat_rule_collection" "web" {
  name                = "legacy-dnat-web"
  azure_firewall_name = "fw-legacy"
  resource_group_name = "rg-network"
  priority            = 210
  action              = "Dnat"

  rule {
    name                  = "web"
    protocols             = ["TCP"]
    source_addresses      = ["*"]
    destination_addresses = ["198.51.100.30"]
    destination_ports     = ["80"]
    translated_address    = "10.30.0.8"
    translated_port       = "8080"
  }
}
