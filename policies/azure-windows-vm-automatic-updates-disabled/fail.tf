resource "azurerm_windows_virtual_machine" "manual" {
  name                      = "vm-manual"
  location                  = "westeurope"
  resource_group_name       = "rg"
  size                      = "Standard_D2s_v5"
  admin_username            = "azureadmin"
  admin_password            = "not-checked-here"
  network_interface_ids     = ["nic"]
  patch_mode                = "Manual"
  automatic_updates_enabled = false # expect: azure-windows-vm-automatic-updates-disabled

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_windows_virtual_machine_scale_set" "v3" {
  name                     = "vmss-v3"
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku                      = "Standard_D2s_v5"
  instances                = 2
  admin_username           = "azureadmin"
  admin_password           = "not-checked-here"
  enable_automatic_updates = "false" # expect: azure-windows-vm-automatic-updates-disabled

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

# The resources of azurerm v1 and v2.
resource "azurerm_virtual_machine_scale_set" "legacy" {
  name                = "vmss-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  upgrade_policy_mode = "Manual"

  sku {
    name     = "Standard_D2s_v5"
    tier     = "Standard"
    capacity = 2
  }

  os_profile {
    computer_name_prefix = "vmss"
    admin_username       = "azureadmin"
  }

  os_profile_windows_config {
    enable_automatic_upgrades = false # expect: azure-windows-vm-automatic-updates-disabled
  }
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "vm-legacy"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["nic"]
  vm_size               = "Standard_D2s_v5"

  os_profile_windows_config {
    provision_vm_agent        = true
    enable_automatic_upgrades = false # expect: azure-windows-vm-automatic-updates-disabled
  }
}
