# Rules that other NSG policies report: not reported again here.
resource "azurerm_network_security_group" "others" {
  name                = "others"
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
    name                       = "postgres"
    priority                   = 110
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "5432"
    source_address_prefix      = "*" # expect: azure-nsg-sensitive-port-open-to-world
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "everything"
    priority                   = 120
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "1024-65535"
    source_address_prefix      = "*" # expect: azure-nsg-rdp-open-to-world
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "alt-http"
    priority                   = 125
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Tcp"
    source_port_range          = "*"
    destination_port_range     = "8000-8080"
    source_address_prefix      = "*" # expect: azure-nsg-ingress-open-to-world-unlisted-port "port 8000-8080"
    destination_address_prefix = "*"
  }

  security_rule {
    name                       = "dns"
    priority                   = 130
    direction                  = "Inbound"
    access                     = "Allow"
    protocol                   = "Udp"
    source_port_range          = "*"
    destination_port_range     = "53"
    source_address_prefix      = "*" # expect: azure-nsg-udp-open-to-world
    destination_address_prefix = "*"
  }
}
