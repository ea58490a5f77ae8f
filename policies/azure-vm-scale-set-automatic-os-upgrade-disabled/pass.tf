resource "azurerm_linux_virtual_machine_scale_set" "rolling" {
  name                = "vmss-rolling"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 3
  admin_username      = "azureuser"
  upgrade_mode        = "Rolling"
  health_probe_id     = "probe"

  automatic_os_upgrade_policy {
    automatic_os_upgrade_enabled = true
    automatic_rollback_enabled   = true
  }

  rolling_upgrade_policy {
    max_batch_instance_percent              = 20
    max_unhealthy_instance_percent          = 20
    max_unhealthy_upgraded_instance_percent = 5
    pause_time_between_batches              = "PT0S"
  }

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

resource "azurerm_windows_virtual_machine_scale_set" "v3" {
  name                = "vmss-v3"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Standard_D2s_v5"
  instances           = 2
  admin_username      = "azureadmin"
  admin_password      = "not-checked-here"
  upgrade_mode        = "Automatic"

  automatic_os_upgrade_policy {
    enable_automatic_os_upgrade = true
    disable_automatic_rollback  = false
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
  }
}

resource "azurerm_virtual_machine_scale_set" "legacy" {
  name                 = "vmss-legacy"
  location             = "westeurope"
  resource_group_name  = "rg"
  upgrade_policy_mode  = "Rolling"
  automatic_os_upgrade = true

  sku {
    name     = "Standard_B2s"
    tier     = "Standard"
    capacity = 2
  }
}

resource "azurerm_orchestrated_virtual_machine_scale_set" "flex" {
  name                        = "vmss-flex"
  location                    = "westeurope"
  resource_group_name         = "rg"
  platform_fault_domain_count = 1
}
