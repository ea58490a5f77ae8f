resource "azurerm_network_security_group" "web" {
  name                = "web"
  location            = "westeurope"
  resource_group_name = "rg"

  # Web ports are meant for the internet.
  security_rule {
    name                       = "https"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_ranges    = ["80", "443"]
    source_address_prefix      = "Internet"
    destination_address_prefix = "*"
  }

  # The database port from the application subnet only.
  security_rule {
    name                       = "postgres-app"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5432"
    source_address_prefix      = "10.1.0.0/24"
    destination_address_prefix = "*"
  }

  # Denying is fine.
  security_rule {
    name                       = "deny-sql"
    priority                   = 200
    direction                  = "Inbound"
    access                     = "Deny"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "1433"
    source_address_prefix      = "*"
    destination_address_prefix = "*"
  }
}

# Every port from the internet: azure-nsg-all-ports-open-to-world reports it.
resource "azurerm_network_security_rule" "any" {
  name                        = "any"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "*"
  source_address_prefix       = "*" # expect: azure-nsg-all-ports-open-to-world, azure-nsg-ssh-open-to-world, azure-nsg-rdp-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "web"
}

# UDP only: azure-nsg-udp-open-to-world reports it.
resource "azurerm_network_security_rule" "udp" {
  name                        = "memcached-udp"
  priority                    = 110
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Udp"
  source_port_range           = "*"
  destination_port_range      = "11211"
  source_address_prefix       = "*" # expect: azure-nsg-udp-open-to-world
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "web"
}

resource "azurerm_network_security_rule" "from_vnet" {
  name                        = "redis-vnet"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "6379"
  source_address_prefix       = "VirtualNetwork"
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "web"
}
