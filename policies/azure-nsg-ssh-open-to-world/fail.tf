resource "azurerm_network_security_group" "web" {
  name                = "web"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "ssh"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "22"
    source_address_prefix      = "*" # expect: azure-nsg-ssh-open-to-world
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "mgmt"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_ranges    = ["443", "20-30"]
    source_address_prefixes    = ["10.0.0.0/8", "0.0.0.0/0"] # expect: azure-nsg-ssh-open-to-world
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "any" {
  name                        = "any"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "Internet" # expect: azure-nsg-ssh-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "web"
}

resource "azurerm_network_security_rule" "list" {
  name                        = "list"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "22"
  source_address_prefixes     = ["Any"] # expect: azure-nsg-ssh-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "web"
}
