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
          name               = "temporary"
          priority           = 310
          action             = { type = "Allow" }
          rules = [
            {
              ruleType             = "NetworkRule"
              name                 = "open" # expect: azure-firewall-network-rule-allows-all-traffic "`open`"
              ipProtocols          = ["Any"]
              sourceAddresses      = ["*"]
              destinationAddresses = ["*"]
              destinationPorts     = ["*"]
            },
          ]
        },
      ]
    }
  }
}
