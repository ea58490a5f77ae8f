resource "azapi_resource" "spokes" {
  type      = "Microsoft.Network/firewallPolicies/ruleCollectionGroups@2023-09-01"
  name      = "spokes"
  parent_id = azapi_resource.policy.id
  body = {
    properties = {
      priority = 300
      ruleCollections = [
        {
          ruleCollectionType = "FirewallPolicyFilterRuleCollection"
          name               = "egress"
          priority           = 310
          action             = { type = "Allow" }
          rules = [
            {
              ruleType             = "NetworkRule"
              name                 = "web-out"
              ipProtocols          = ["TCP"]
              sourceAddresses      = ["10.1.0.0/16"]
              destinationAddresses = ["*"]
              destinationPorts     = ["443"]
            },
            {
              # Application rules are matched by FQDN, not checked here.
              ruleType        = "ApplicationRule"
              name            = "any-web"
              sourceAddresses = ["*"]
              targetFqdns     = ["*"]
              protocols       = [{ protocolType = "Https", port = 443 }]
            },
          ]
        },
        {
          ruleCollectionType = "FirewallPolicyFilterRuleCollection"
          name               = "deny-rest"
          priority           = 4000
          action             = { type = "Deny" }
          rules = [
            {
              ruleType             = "NetworkRule"
              name                 = "deny-all"
              ipProtocols          = ["Any"]
              sourceAddresses      = ["*"]
              destinationAddresses = ["*"]
              destinationPorts     = ["*"]
            },
          ]
        },
        {
          ruleCollectionType = "FirewallPolicyNatRuleCollection"
          name               = "dnat"
          priority           = 100
          action             = { type = "DNAT" }
          rules              = []
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
