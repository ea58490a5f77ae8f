resource "azurerm_log_analytics_workspace" "logs" {
  name                = "acme-logs"
  resource_group_name = "rg"
  location            = "westeurope"
}

resource "azurerm_storage_account" "data" {
  name                     = "acmedata"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_monitor_diagnostic_setting" "data_blob" {
  name                       = "data-blob"
  target_resource_id         = "${azurerm_storage_account.data.id}/blobServices/default"
  log_analytics_workspace_id = azurerm_log_analytics_workspace.logs.id

  enabled_log {
    category_group = "audit"
  }
}

resource "azurerm_storage_account" "queues" {
  name                     = "acmequeues"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      read                  = true
      write                 = true
      delete                = true
      version               = "1.0"
      retention_policy_days = 30
    }
  }
}

resource "azurerm_storage_account" "queues_v4" {
  name                     = "acmequeuesv4"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account_queue_properties" "queues_v4" {
  storage_account_id = azurerm_storage_account.queues_v4.id

  logging {
    read                  = true
    write                 = true
    delete                = true
    version               = "1.0"
    retention_policy_days = 30
  }
}

# Log archives: the destination of flow logs and of a diagnostic setting.
resource "azurerm_storage_account" "flow_logs" {
  name                     = "acmeflowlogs"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_network_watcher_flow_log" "nsg" {
  name                 = "nsg"
  network_watcher_name = "watcher"
  resource_group_name  = "rg"
  target_resource_id   = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkSecurityGroups/web"
  storage_account_id   = azurerm_storage_account.flow_logs.id
  enabled              = true

  retention_policy {
    enabled = true
    days    = 90
  }
}

resource "azurerm_storage_account" "archive" {
  name                     = "acmearchive"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_monitor_diagnostic_setting" "vault_to_archive" {
  name               = "vault"
  target_resource_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/acme"
  storage_account_id = azurerm_storage_account.archive.id

  enabled_log {
    category = "AuditEvent"
  }
}

# Where SQL threat detection writes its reports.
resource "azurerm_storage_account" "sql_security" {
  name                     = "acmesqlsecurity"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_mssql_server_security_alert_policy" "sql" {
  resource_group_name        = "rg"
  server_name                = "acme-sql"
  state                      = "Enabled"
  storage_endpoint           = azurerm_storage_account.sql_security.primary_blob_endpoint
  storage_account_access_key = azurerm_storage_account.sql_security.primary_access_key
  email_account_admins       = true
}

# Boot diagnostics of a virtual machine.
resource "azurerm_storage_account" "boot_diagnostics" {
  name                     = "acmebootdiag"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_linux_virtual_machine" "web" {
  name                  = "web"
  resource_group_name   = "rg"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Network/networkInterfaces/web"]

  admin_ssh_key {
    username   = "azureuser"
    public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExample"
  }

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "ubuntu-24_04-lts"
    sku       = "server"
    version   = "latest"
  }

  boot_diagnostics {
    storage_account_uri = azurerm_storage_account.boot_diagnostics.primary_blob_endpoint
  }
}
