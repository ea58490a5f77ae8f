# The agent is provisioned by default.
resource "azurerm_linux_virtual_machine" "app" {
  name                  = "vm-app"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureadmin"
  network_interface_ids = ["nic"]

  admin_ssh_key {
    username   = "azureadmin"
    public_key = "ssh-ed25519 AAAA"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_windows_virtual_machine" "ad" {
  name                  = "vm-ad"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureadmin"
  admin_password        = var.admin_password
  network_interface_ids = ["nic"]
  provision_vm_agent    = true

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
      provision_vm_agent = true
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
      admin_username = "azureadmin"
      admin_password = var.admin_password
    }
  }
}

# The legacy resource's default is not flagged, only the value written out.
resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["nic"]
  vm_size               = "Standard_DS1_v2"

  os_profile_windows_config {
    enable_automatic_upgrades = true
  }
}
