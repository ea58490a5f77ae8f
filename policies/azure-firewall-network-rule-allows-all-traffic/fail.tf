resource "azurerm_firewall_policy_rule_collection_group" "spokes" {
  name               = "spokes"
  firewall_policy_id = azurerm_firewall_policy.hub.id
  priority           = 300

  network_rule_collection {
    name     = "temporary"
    priority = 310
    action   = "Allow"

    rule {
      name                  = "allow-all" # expect: azure-firewall-network-rule-allows-all-traffic "`allow-all` of `azurerm_firewall_policy_rule_collection_group.spokes`"
      protocols             = ["Any"]
      source_addresses      = ["*"]
      destination_addresses = ["*"]
      destination_ports     = ["*"]
    }

    rule {
      name                  = "all-tcp" # expect: azure-firewall-network-rule-allows-all-traffic
      protocols             = ["TCP"]
      source_addresses      = ["0.0.0.0/0"]
      destination_addresses = ["10.0.0.0/8", "0.0.0.0/0"]
      destination_ports     = ["1-65535"]
    }
  }
}

resource "azurerm_firewall_network_rule_collection" "legacy" {
  name                = "legacy-allow"
  azure_firewall_name = "fw-legacy"
  resource_group_name = "rg-network"
  priority            = 100
  action              = "Allow"

  rule {
    name                  = "any-any" # expect: azure-firewall-network-rule-allows-all-traffic "`azurerm_firewall_network_rule_collection.legacy`"
    protocols             = ["Any"]
    source_addresses      = ["*"]
    destination_addresses = ["*"]
    destination_ports     = ["*"]
  }
}
