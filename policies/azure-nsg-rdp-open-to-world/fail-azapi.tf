# Network security groups written with the AzAPI provider.
variable "parent_id" {}

# A group with its rules in `securityRules`.
resource "azapi_resource" "nsg" {
  type      = "Microsoft.Network/networkSecurityGroups@2024-05-01"
  name      = "nsg-app"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      securityRules = [
        {
          name = "open"
          properties = {
            access                   = "Allow"
            direction                = "Inbound"
            priority                 = 100
            protocol                 = "Udp"
            sourcePortRange          = "*"
            destinationPortRange     = "3389"
            sourceAddressPrefix      = "*" # expect: azure-nsg-rdp-open-to-world "rule `open`"
            destinationAddressPrefix = "*"
          }
        },
        {
          name = "open-list"
          properties = {
            access                   = "Allow"
            direction                = "Inbound"
            priority                 = 120
            protocol                 = "Udp"
            sourcePortRange          = "*"
            destinationPortRange     = "3389"
            sourceAddressPrefixes    = ["0.0.0.0/0"] # expect: azure-nsg-rdp-open-to-world "rule `open-list`"
            destinationAddressPrefix = "*"
          }
        },
      ]
    }
  }
}

# A rule of its own, with `jsonencode()`, ARM's lower-case enumerations
# and a list of sources.
resource "azapi_resource" "rule" {
  type      = "Microsoft.Network/networkSecurityGroups/securityRules@2023-11-01"
  name      = "open-internet"
  parent_id = azapi_resource.nsg.id
  body = jsonencode({
    properties = {
      access                   = "allow"
      direction                = "inbound"
      priority                 = 110
      protocol                 = "udp"
      sourcePortRange          = "*"
      destinationPortRanges    = ["3389"]
      sourceAddressPrefixes    = ["203.0.113.0/24", "Internet"] # expect: azure-nsg-rdp-open-to-world
      destinationAddressPrefix = "*"
    }
  })
}

resource "azapi_resource" "rule_hcl" {
  type      = "Microsoft.Network/networkSecurityGroups/securityRules@2024-05-01"
  name      = "open-any"
  parent_id = azapi_resource.nsg.id
  body = {
    properties = {
      access                   = "Allow"
      direction                = "Inbound"
      priority                 = 130
      protocol                 = "Udp"
      sourcePortRange          = "*"
      destinationPortRange     = "3389"
      sourceAddressPrefix      = "Any" # expect: azure-nsg-rdp-open-to-world "rule `azapi_resource.rule_hcl`"
      destinationAddressPrefix = "*"
    }
  }
}
