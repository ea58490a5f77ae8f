resource "azurerm_firewall_policy_rule_collection_group" "spokes" {
  name               = "spokes"
  firewall_policy_id = azurerm_firewall_policy.hub.id
  priority           = 300

  network_rule_collection {
    name     = "egress"
    priority = 310
    action   = "Allow"

    # Named source range, any destination on one port.
    rule {
      name                  = "spoke-web-out"
      protocols             = ["TCP"]
      source_addresses      = ["10.1.0.0/16"]
      destination_addresses = ["*"]
      destination_ports     = ["443"]
    }

    # Any source, to a service tag, on every port.
    rule {
      name                  = "to-monitor"
      protocols             = ["TCP"]
      source_addresses      = ["*"]
      destination_addresses = ["AzureMonitor"]
      destination_ports     = ["*"]
    }

    # Any source and destination, but only DNS.
    rule {
      name                  = "dns"
      protocols             = ["UDP"]
      source_addresses      = ["*"]
      destination_addresses = ["*"]
      destination_ports     = ["53"]
    }
  }

  # A deny collection may match everything.
  network_rule_collection {
    name     = "deny-rest"
    priority = 4000
    action   = "Deny"

    rule {
      name                  = "deny-all"
      protocols             = ["Any"]
      source_addresses      = ["*"]
      destination_addresses = ["*"]
      destination_ports     = ["*"]
    }
  }
}

resource "azurerm_firewall_network_rule_collection" "legacy" {
  name                = "legacy-deny"
  azure_firewall_name = "fw-legacy"
  resource_group_name = "rg-network"
  priority            = 100
  action              = "Deny"

  rule {
    name                  = "deny-all"
    protocols             = ["Any"]
    source_addresses      = ["*"]
    destination_addresses = ["*"]
    destination_ports     = ["*"]
  }
}

resource "azurerm_firewall_network_rule_collection" "ntp" {
  name                = "legacy-ntp"
  azure_firewall_name = "fw-legacy"
  resource_group_name = "rg-network"
  priority            = 110
  action              = "Allow"

  rule {
    name                  = "ntp"
    protocols             = ["UDP"]
    source_addresses      = ["10.0.0.0/8"]
    destination_addresses = ["*"]
    destination_ports     = ["123"]
  }
}
