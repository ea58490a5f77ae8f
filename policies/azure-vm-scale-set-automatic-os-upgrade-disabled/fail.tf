resource "azurerm_linux_virtual_machine_scale_set" "manual" { # expect: azure-vm-scale-set-automatic-os-upgrade-disabled
  name                = "vmss-manual"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 3
  admin_username      = "azureuser"

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_windows_virtual_machine_scale_set" "off" {
  name                 = "vmss-off"
  resource_group_name  = "rg"
  location             = "westeurope"
  sku                  = "Standard_D2s_v5"
  instances            = 2
  admin_username       = "azureadmin"
  admin_password       = "not-checked-here"
  upgrade_mode         = "Rolling"

  automatic_os_upgrade_policy {
    automatic_os_upgrade_enabled = false # expect: azure-vm-scale-set-automatic-os-upgrade-disabled
    automatic_rollback_enabled   = true
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_virtual_machine_scale_set" "legacy" { # expect: azure-vm-scale-set-automatic-os-upgrade-disabled
  name                = "vmss-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  upgrade_policy_mode = "Manual"

  sku {
    name     = "Standard_B2s"
    tier     = "Standard"
    capacity = 2
  }
}
