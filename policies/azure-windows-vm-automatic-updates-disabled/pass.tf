resource "azurerm_windows_virtual_machine" "default" {
  name                  = "vm-default"
  location              = "westeurope"
  resource_group_name   = "rg"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureadmin"
  admin_password        = "not-checked-here"
  network_interface_ids = ["nic"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_windows_virtual_machine" "platform" {
  name                                                   = "vm-platform"
  location                                               = "westeurope"
  resource_group_name                                    = "rg"
  size                                                   = "Standard_D2s_v5"
  admin_username                                         = "azureadmin"
  admin_password                                         = "not-checked-here"
  network_interface_ids                                  = ["nic"]
  patch_mode                                             = "AutomaticByPlatform"
  automatic_updates_enabled                              = true
  bypass_platform_safety_checks_on_user_schedule_enabled = false

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
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
    enable_automatic_upgrades = true
  }
}

resource "azurerm_virtual_machine" "linux_legacy" {
  name                  = "vm-linux-legacy"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["nic"]
  vm_size               = "Standard_D2s_v5"

  os_profile_linux_config {
    disable_password_authentication = true
  }
}
