resource "azurerm_network_security_group" "dns" {
  name                = "dns"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "dns"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "53"
    source_address_prefix      = "Internet" # expect: azure-nsg-udp-open-to-world
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "snmp" {
  name                        = "snmp"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "UDP"
  source_port_range           = "*"
  destination_port_ranges     = ["161", "162"]
  source_address_prefixes     = ["*"] # expect: azure-nsg-udp-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "dns"
}

resource "azurerm_network_security_group" "game" {
  name                = "game"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "game"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "27015-27030"
    source_address_prefixes    = ["10.0.0.0/8", "0.0.0.0/0"] # expect: azure-nsg-udp-open-to-world
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "ntp" {
  name                        = "ntp"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "123"
  source_address_prefix       = "*" # expect: azure-nsg-udp-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "dns"
}

# A prefix of length 0 is every address, whatever the address before it.
resource "azurerm_network_security_rule" "syslog" {
  name                        = "syslog"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "514"
  source_address_prefix       = "10.0.0.0/0" # expect: azure-nsg-udp-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "syslog"
}
