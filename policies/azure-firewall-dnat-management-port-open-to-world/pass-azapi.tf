resource "azapi_resource" "inbound" {
  type      = "Microsoft.Network/firewallPolicies/ruleCollectionGroups@2023-09-01"
  name      = "inbound"
  parent_id = azapi_resource.policy.id
  body = {
    properties = {
      priority = 100
      ruleCollections = [
        {
          ruleCollectionType = "FirewallPolicyNatRuleCollection"
          name               = "dnat"
          priority           = 100
          action             = { type = "DNAT" }
          rules = [
            {
              ruleType             = "NatRule"
              name                 = "vm-rdp-office"
              ipProtocols          = ["TCP"]
              sourceAddresses      = ["192.0.2.0/26"]
              destinationAddresses = ["198.51.100.40"]
              destinationPorts     = ["3389"]
              translatedAddress    = "10.40.0.4"
              translatedPort       = "3389"
            },
            {
              ruleType             = "NatRule"
              name                 = "web"
              ipProtocols          = ["TCP"]
              sourceAddresses      = ["*"]
              destinationAddresses = ["198.51.100.40"]
              destinationPorts     = ["80"]
              translatedAddress    = "10.40.0.8"
              translatedPort       = "8080"
            },
          ]
        },
        {
          # Network rules are not DNAT rules.
          ruleCollectionType = "FirewallPolicyFilterRuleCollection"
          name               = "net"
          priority           = 200
          action             = { type = "Allow" }
          rules = [
            {
              ruleType             = "NetworkRule"
              name                 = "ssh-out"
              ipProtocols          = ["TCP"]
              sourceAddresses      = ["*"]
              destinationAddresses = ["10.50.0.4"]
              destinationPorts     = ["22"]
            },
          ]
        },
      ]
    }
  }
}

resource "azapi_resource" "policy" {
  type      = "Microsoft.Network/firewallPolicies@2023-09-01"
  name      = "hub"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-network"
  location  = "westeurope"
  body = {
    properties = {
      threatIntelMode = "Deny"
    }
  }
}
