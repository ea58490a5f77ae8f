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
              name                 = "vm-rdp"
              ipProtocols          = ["TCP"]
              # expect: azure-firewall-dnat-management-port-open-to-world "`vm-rdp`"
              sourceAddresses      = ["*"]
              destinationAddresses = ["198.51.100.40"]
              destinationPorts     = ["3390"]
              translatedAddress    = "10.40.0.4"
              translatedPort       = "3389"
            },
          ]
        },
      ]
    }
  }
}
