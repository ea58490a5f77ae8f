# The network security group sits on the only interface in the subnet (the
# pattern of the Azure quickstarts): every packet to the machine is filtered.
resource "azurerm_virtual_network" "lab" {
  name                = "vnet-lab"
  address_space       = ["10.42.0.0/16"]
  location            = "uksouth"
  resource_group_name = "rg-lab"
}

resource "azurerm_subnet" "lab" {
  name                 = "snet-lab"
  resource_group_name  = "rg-lab"
  virtual_network_name = azurerm_virtual_network.lab.name
  address_prefixes     = ["10.42.1.0/24"]
}

resource "azurerm_route_table" "lab" {
  name                = "rt-lab"
  location            = "uksouth"
  resource_group_name = "rg-lab"
}

resource "azurerm_subnet_route_table_association" "lab" {
  subnet_id      = azurerm_subnet.lab.id
  route_table_id = azurerm_route_table.lab.id
}

resource "azurerm_network_security_group" "lab" {
  name                = "nsg-lab"
  location            = "uksouth"
  resource_group_name = "rg-lab"
}

resource "azurerm_network_interface" "lab" {
  name                = "nic-lab"
  location            = "uksouth"
  resource_group_name = "rg-lab"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = azurerm_subnet.lab.id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface_security_group_association" "lab" {
  network_interface_id      = azurerm_network_interface.lab.id
  network_security_group_id = azurerm_network_security_group.lab.id
}
