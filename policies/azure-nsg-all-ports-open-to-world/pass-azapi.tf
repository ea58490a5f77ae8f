# Network security groups written with the AzAPI provider.
variable "parent_id" {}

variable "nsg_type" {}

resource "azapi_resource" "nsg" {
  type      = "Microsoft.Network/networkSecurityGroups@2024-05-01"
  name      = "nsg-app"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      securityRules = [
        # From known networks only.
        {
          name = "office"
          properties = {
            access                   = "Allow"
            direction                = "Inbound"
            priority                 = 100
            protocol                 = "*"
            sourcePortRange          = "*"
            destinationPortRange     = "*"
            sourceAddressPrefixes    = ["10.0.0.0/8", "203.0.113.0/24"]
            destinationAddressPrefix = "*"
          }
        },
        # HTTPS is meant to be public.
        {
          name = "https"
          properties = {
            access                   = "Allow"
            direction                = "Inbound"
            priority                 = 110
            protocol                 = "Tcp"
            sourcePortRange          = "*"
            destinationPortRange     = "443"
            sourceAddressPrefix      = "Internet"
            destinationAddressPrefix = "*"
          }
        },
        {
          name = "deny-all"
          properties = {
            access                   = "Deny"
            direction                = "Inbound"
            priority                 = 4096
            protocol                 = "*"
            sourcePortRange          = "*"
            destinationPortRange     = "*"
            sourceAddressPrefix      = "*"
            destinationAddressPrefix = "*"
          }
        },
      ]
    }
  }
}

# Outbound traffic is not what the policy checks.
resource "azapi_resource" "outbound" {
  type      = "Microsoft.Network/networkSecurityGroups/securityRules@2023-11-01"
  name      = "outbound"
  parent_id = azapi_resource.nsg.id
  body = jsonencode({
    properties = {
      access                   = "Allow"
      direction                = "Outbound"
      priority                 = 100
      protocol                 = "*"
      sourcePortRange          = "*"
      destinationPortRange     = "*"
      sourceAddressPrefix      = "*"
      destinationAddressPrefix = "*"
    }
  })
}

# A `type` not known statically is skipped.
resource "azapi_resource" "unknown_type" {
  type      = var.nsg_type
  name      = "unknown"
  parent_id = azapi_resource.nsg.id
  body = {
    properties = {
      access               = "Allow"
      direction            = "Inbound"
      protocol             = "*"
      destinationPortRange = "*"
      sourceAddressPrefix  = "*"
    }
  }
}
