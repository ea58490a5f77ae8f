resource "azurerm_linux_virtual_machine" "jump" {
  name                  = "vm-jump"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureadmin"
  network_interface_ids = ["nic"]
  provision_vm_agent    = false # expect: azure-vm-agent-disabled "`azurerm_linux_virtual_machine.jump` is provisioned without the VM agent"

  admin_ssh_key {
    username   = "azureadmin"
    public_key = "ssh-ed25519 AAAA"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

variable "vm_agent" {
  default = false
}

resource "azurerm_windows_virtual_machine_scale_set" "web" {
  name                 = "vmss-web"
  resource_group_name  = "rg"
  location             = "westeurope"
  sku                  = "Standard_D2s_v5"
  instances            = 2
  admin_username       = "azureadmin"
  admin_password       = var.admin_password
  provision_vm_agent   = var.vm_agent # expect: azure-vm-agent-disabled

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_orchestrated_virtual_machine_scale_set" "linux" {
  name                        = "vmss-flex-linux"
  resource_group_name         = "rg"
  location                    = "westeurope"
  platform_fault_domain_count = 1

  os_profile {
    linux_configuration {
      admin_username     = "azureadmin"
      provision_vm_agent = false # expect: azure-vm-agent-disabled
    }
  }
}

resource "azurerm_orchestrated_virtual_machine_scale_set" "windows" {
  name                        = "vmss-flex-windows"
  resource_group_name         = "rg"
  location                    = "westeurope"
  platform_fault_domain_count = 1

  os_profile {
    windows_configuration {
      admin_username     = "azureadmin"
      admin_password     = var.admin_password
      provision_vm_agent = false # expect: azure-vm-agent-disabled
    }
  }
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["nic"]
  vm_size               = "Standard_DS1_v2"

  os_profile_windows_config {
    provision_vm_agent = false # expect: azure-vm-agent-disabled
  }
}
