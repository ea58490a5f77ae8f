variable "subnet_id" {}

resource "azurerm_network_interface" "v4" {
  name                  = "nic-v4"
  location              = "westeurope"
  resource_group_name   = "rg"
  ip_forwarding_enabled = true # expect: azure-network-interface-ip-forwarding-enabled

  ip_configuration {
    name                          = "internal"
    subnet_id                     = var.subnet_id
    private_ip_address_allocation = "Dynamic"
  }
}

resource "azurerm_network_interface" "v3" {
  name                 = "nic-v3"
  location             = "westeurope"
  resource_group_name  = "rg"
  enable_ip_forwarding = "true" # expect: azure-network-interface-ip-forwarding-enabled

  ip_configuration {
    name                          = "internal"
    subnet_id                     = var.subnet_id
    private_ip_address_allocation = "Dynamic"
  }
}
