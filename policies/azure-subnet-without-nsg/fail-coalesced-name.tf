# A name that falls back to a template with text of its own
# (`coalesce(var.name, "subnet-${...}")`) is never one of the subnets Azure
# reserves (`GatewaySubnet`, `AzureFirewallSubnet`): it is decided.
variable "subnet_name" {
  default = ""
}

resource "random_string" "suffix" {
  length  = 4
  special = false
}

resource "azurerm_subnet" "app" { # expect: azure-subnet-without-nsg fail
  name                 = coalesce(var.subnet_name, "subnet-${random_string.suffix.result}")
  resource_group_name  = "rg-app"
  virtual_network_name = "vnet-app"
  address_prefixes     = ["10.0.1.0/24"]
}
