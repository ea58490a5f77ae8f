variable "subnet_id" {}

resource "azurerm_network_interface" "default" {
  name                = "nic-default"
  location            = "westeurope"
  resource_group_name = "rg"

  ip_configuration {
    name                          = "internal"
    subnet_id                     = var.subnet_id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface" "explicit" {
  name                  = "nic-explicit"
  location              = "westeurope"
  resource_group_name   = "rg"
  ip_forwarding_enabled = false

  ip_configuration {
    name                          = "internal"
    subnet_id                     = var.subnet_id
    private_ip_address_allocation = "Dynamic"
  }
}
