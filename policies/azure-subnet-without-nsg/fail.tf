resource "azurerm_virtual_network" "main" {
  name                = "main"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.0.0.0/16"]

  subnet { # expect: azure-subnet-without-nsg "`inline`"
    name             = "inline"
    address_prefixes = ["10.0.9.0/24"]
  }
}

resource "azurerm_subnet" "app" { # expect: azure-subnet-without-nsg
  name                 = "app"
  resource_group_name  = "rg"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.0.1.0/24"]
}

variable "subnet_name" {
  type = string
}

resource "azurerm_subnet" "unknown" { # expect: azure-subnet-without-nsg unknown
  name                 = var.subnet_name
  resource_group_name  = "rg"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.0.2.0/24"]
}
