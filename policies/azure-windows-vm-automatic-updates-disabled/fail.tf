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
