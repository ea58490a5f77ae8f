resource "azurerm_network_security_group" "open" {
  name                = "open"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "all"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefix      = "*" # expect: azure-nsg-all-ports-open-to-world
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "tcp" {
  name                        = "tcp"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "0-65535"
  source_address_prefix       = "Internet" # expect: azure-nsg-all-ports-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "open"
}

resource "azurerm_network_security_rule" "list" {
  name                        = "list"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_ranges     = ["1-65535"]
  source_address_prefixes     = ["0.0.0.0/0"] # expect: azure-nsg-all-ports-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "open"
}

resource "azurerm_network_security_group" "list" {
  name                = "list"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "all"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_range     = "*"
    source_address_prefixes    = ["Any"] # expect: azure-nsg-all-ports-open-to-world
    destination_address_prefix = "*"
  }
}
