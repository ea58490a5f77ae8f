resource "azurerm_recovery_services_vault" "vault" {
  name                = "rsv-prod"
  location            = "westeurope"
  resource_group_name = "rg"
  sku                 = "Standard"
  soft_delete_enabled = true
}

resource "azurerm_backup_policy_vm" "daily" {
  name                = "daily"
  resource_group_name = "rg"
  recovery_vault_name = azurerm_recovery_services_vault.vault.name

  backup {
    frequency = "Daily"
    time      = "23:00"
  }

  retention_daily {
    count = 30
  }
}

resource "azurerm_windows_virtual_machine" "app" {
  name                  = "vm-app"
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

resource "azurerm_backup_protected_vm" "app" {
  resource_group_name = "rg"
  recovery_vault_name = azurerm_recovery_services_vault.vault.name
  source_vm_id        = azurerm_windows_virtual_machine.app.id
  backup_policy_id    = azurerm_backup_policy_vm.daily.id
}
