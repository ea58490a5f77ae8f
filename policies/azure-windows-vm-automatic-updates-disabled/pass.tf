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
