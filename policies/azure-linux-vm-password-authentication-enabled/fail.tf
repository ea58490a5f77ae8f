variable "password" {}
variable "nic_id" {}

resource "azurerm_linux_virtual_machine" "pw" {
  name                            = "pw"
  resource_group_name             = "rg"
  location                        = "westeurope"
  size                            = "Standard_B2s"
  admin_username                  = "azureuser"
  admin_password                  = var.password
  disable_password_authentication = false # expect: azure-linux-vm-password-authentication-enabled
  network_interface_ids           = [var.nic_id]
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "legacy"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = [var.nic_id]
  vm_size               = "Standard_B2s"

  os_profile {
    computer_name  = "legacy"
    admin_username = "azureuser"
    admin_password = var.password
  }

  os_profile_linux_config {
    disable_password_authentication = false # expect: azure-linux-vm-password-authentication-enabled
  }
}
