resource "azurerm_virtual_network" "main" {
  name                = "main"
  location            = "westeurope"
  resource_group_name = "rg"
  address_space       = ["10.0.0.0/16"]

  subnet {
    name             = "inline"
    address_prefixes = ["10.0.9.0/24"]
    security_group   = azurerm_network_security_group.app.id
  }
}

resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"
}

resource "azurerm_subnet" "app" {
  name                 = "app"
  resource_group_name  = "rg"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.0.1.0/24"]
}

resource "azurerm_subnet_network_security_group_association" "app" {
  subnet_id                 = azurerm_subnet.app.id
  network_security_group_id = azurerm_network_security_group.app.id
}

resource "azurerm_subnet" "gateway" {
  name                 = "GatewaySubnet"
  resource_group_name  = "rg"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.0.255.0/27"]
}

resource "azurerm_subnet" "firewall" {
  name                 = "AzureFirewallSubnet"
  resource_group_name  = "rg"
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.0.254.0/26"]
}
