variable "nic_id" {}
variable "ssh_public_key" {}
variable "subnet_id" {}

resource "azurerm_linux_virtual_machine" "keys" {
  name                  = "keys"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = [var.nic_id]

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "keys" {
  name                            = "keys"
  resource_group_name             = "rg"
  location                        = "westeurope"
  sku                             = "Standard_B2s"
  instances                       = 2
  admin_username                  = "azureuser"
  disable_password_authentication = true

  admin_ssh_key {
    username   = "azureuser"
    public_key = var.ssh_public_key
  }

  network_interface {
    name    = "nic"
    primary = true

    ip_configuration {
      name      = "internal"
      primary   = true
      subnet_id = var.subnet_id
    }
  }
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
  }

  os_profile_linux_config {
    disable_password_authentication = true

    ssh_keys {
      path     = "/home/azureuser/.ssh/authorized_keys"
      key_data = var.ssh_public_key
    }
  }
}

# Windows machines have no SSH password setting.
resource "azurerm_virtual_machine" "windows" {
  name                  = "windows"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = [var.nic_id]
  vm_size               = "Standard_B2s"

  os_profile_windows_config {
    provision_vm_agent = true
  }
}
