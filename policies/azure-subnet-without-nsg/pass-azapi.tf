# Subnets written with the AzAPI provider.
variable "vnet_id" {}

variable "subnet_type" {}

resource "azapi_resource" "nsg" {
  type      = "Microsoft.Network/networkSecurityGroups@2024-05-01"
  name      = "nsg-app"
  parent_id = "/subscriptions/0000/resourceGroups/rg"
  location  = "westeurope"
  body      = { properties = {} }
}

resource "azapi_resource" "app" {
  type      = "Microsoft.Network/virtualNetworks/subnets@2024-05-01"
  name      = "snet-app"
  parent_id = var.vnet_id
  body = {
    properties = {
      addressPrefix        = "10.0.1.0/24"
      networkSecurityGroup = { id = azapi_resource.nsg.id }
    }
  }
}

# Associated with the azurerm resource.
resource "azapi_resource" "web" {
  type      = "Microsoft.Network/virtualNetworks/subnets@2024-05-01"
  name      = "snet-web"
  parent_id = var.vnet_id
  body = {
    properties = {
      addressPrefix = "10.0.2.0/24"
    }
  }
}

resource "azurerm_subnet_network_security_group_association" "web" {
  subnet_id                 = azapi_resource.web.id
  network_security_group_id = azapi_resource.nsg.id
}

resource "azapi_resource" "gateway" {
  type      = "Microsoft.Network/virtualNetworks/subnets@2024-05-01"
  name      = "GatewaySubnet"
  parent_id = var.vnet_id
  body = {
    properties = {
      addressPrefix = "10.0.255.0/27"
    }
  }
}

resource "azapi_resource" "vnet" {
  type      = "Microsoft.Network/virtualNetworks@2023-11-01"
  name      = "vnet-hub"
  parent_id = "/subscriptions/0000/resourceGroups/rg"
  location  = "westeurope"
  body = {
    properties = {
      addressSpace = { addressPrefixes = ["10.1.0.0/16"] }
      subnets = [
        {
          name = "snet-data"
          properties = {
            addressPrefix        = "10.1.1.0/24"
            networkSecurityGroup = { id = azapi_resource.nsg.id }
          }
        },
      ]
    }
  }
}

# A `type` not known statically is skipped.
resource "azapi_resource" "unknown" {
  type      = var.subnet_type
  name      = "snet-unknown"
  parent_id = var.vnet_id
  body = {
    properties = {
      addressPrefix = "10.0.3.0/24"
    }
  }
}
