# Subnets written with the AzAPI provider.
variable "vnet_id" {}

resource "azapi_resource" "app" { # expect: azure-subnet-without-nsg "azapi_resource.app"
  type      = "Microsoft.Network/virtualNetworks/subnets@2024-05-01"
  name      = "snet-app"
  parent_id = var.vnet_id
  body = {
    properties = {
      addressPrefix = "10.0.1.0/24"
    }
  }
}

# Subnets inline in the virtual network, with `jsonencode()`.
resource "azapi_resource" "vnet" {
  type      = "Microsoft.Network/virtualNetworks@2023-11-01"
  name      = "vnet-hub"
  parent_id = "/subscriptions/0000/resourceGroups/rg"
  location  = "westeurope"
  body = jsonencode({
    properties = {
      addressSpace = { addressPrefixes = ["10.1.0.0/16"] }
      subnets = [
        {
          name = "snet-data"
          properties = { # expect: azure-subnet-without-nsg "subnet `snet-data`"
            addressPrefix = "10.1.1.0/24"
          }
        },
        {
          name = "AzureFirewallSubnet"
          properties = {
            addressPrefix = "10.1.0.0/26"
          }
        },
      ]
    }
  })
}
