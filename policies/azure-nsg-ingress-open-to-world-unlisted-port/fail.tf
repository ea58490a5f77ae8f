resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = "westeurope"
  resource_group_name = "rg"

  security_rule {
    name                       = "metrics"
    priority                   = 100
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "9090"
    source_address_prefix      = "*" # expect: azure-nsg-ingress-open-to-world-unlisted-port "port 9090"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "web-range"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "*"
    source_port_range          = "*"
    destination_port_ranges    = ["443", "8080-8090"]
    source_address_prefixes    = ["10.0.0.0/8", "0.0.0.0/0"] # expect: azure-nsg-ingress-open-to-world-unlisted-port
    destination_address_prefix = "*"
  }
}

resource "azurerm_network_security_rule" "range" {
  name                        = "http-to-https"
  priority                    = 120
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_range      = "80-443"
  source_address_prefix       = "Internet" # expect: azure-nsg-ingress-open-to-world-unlisted-port
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "app"
}

resource "azurerm_network_security_rule" "list" {
  name                        = "admin"
  priority                    = 130
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "Tcp"
  source_port_range           = "*"
  destination_port_ranges     = ["8443"]
  source_address_prefixes     = ["0.0.0.0/0"] # expect: azure-nsg-ingress-open-to-world-unlisted-port
  destination_address_prefix  = "*"
  resource_group_name         = "rg"
  network_security_group_name = "app"
}
