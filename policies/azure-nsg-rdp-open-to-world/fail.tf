resource "azurerm_network_security_group" "win" {
  name                = "win"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "rdp"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "TCP"
    source_port_range          = "*"
    destination_port_range     = "3389-3389"
    source_address_prefix      = "*" # expect: azure-nsg-rdp-open-to-world
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "rdp-udp"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_ranges    = ["3389"]
    source_address_prefixes    = ["198.51.100.0/24", "internet"] # expect: azure-nsg-rdp-open-to-world
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "any" {
  name                        = "any"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "*"
  source_port_range           = "*"
  destination_port_range      = "3000-4000"
  source_address_prefix       = "0.0.0.0/0" # expect: azure-nsg-rdp-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "win"
}

resource "azurerm_network_security_rule" "list" {
  name                        = "list"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "3389"
  source_address_prefixes     = ["::/0"] # expect: azure-nsg-rdp-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "win"
}
