resource "azurerm_network_security_group" "db" {
  name                = "db"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "postgres"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5432"
    source_address_prefix      = "Internet" # expect: azure-nsg-sensitive-port-open-to-world "`postgres`"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "data"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_ranges    = ["443", "6000-6500"]
    source_address_prefixes    = ["10.0.0.0/8", "0.0.0.0/0"] # expect: azure-nsg-sensitive-port-open-to-world "`data`"
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "mssql" {
  name                        = "mssql"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "1433"
  source_address_prefix       = "*" # expect: azure-nsg-sensitive-port-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "db"
}

resource "azurerm_network_security_rule" "mongo" {
  name                        = "mongo"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["27017"]
  source_address_prefixes     = ["Any"] # expect: azure-nsg-sensitive-port-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "db"
}
