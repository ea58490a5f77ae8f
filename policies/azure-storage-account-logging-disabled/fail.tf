resource "azurerm_storage_account" "plain" { # expect: azure-storage-account-logging-disabled
  name                     = "acmeplain"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

# Queue logging that leaves out deletes.
resource "azurerm_storage_account" "partial_queue_logging" { # expect: azure-storage-account-logging-disabled
  name                     = "acmequeue"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "GRS"

  queue_properties {
    logging {
      read                  = true
      write                 = true
      delete                = false
      version               = "1.0"
      retention_policy_days = 30
    }
  }
}

# A diagnostic setting for another account does not count.
resource "azurerm_storage_account" "neighbour" { # expect: azure-storage-account-logging-disabled
  name                     = "acmeneighbour"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "other" {
  name                     = "acmeother"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_monitor_diagnostic_setting" "other" {
  name                       = "other-blob"
  target_resource_id         = "${azurerm_storage_account.other.id}/blobServices/default"
  log_analytics_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/logs"

  enabled_log {
    category_group = "audit"
  }
}

# A legacy virtual machine keeps its unmanaged disks in the account: the
# account holds data, it is no log destination.
resource "azurerm_storage_account" "vhds" { # expect: azure-storage-account-logging-disabled
  name                     = "acmevhds"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_virtual_machine" "legacy" {
  name                  = "legacy"
  location              = "westeurope"
  resource_group_name   = "rg"
  network_interface_ids = ["nic"]
  vm_size               = "Standard_DS1_v2"

  storage_os_disk {
    name          = "os"
    vhd_uri       = "${azurerm_storage_account.vhds.primary_blob_endpoint}vhds/os.vhd"
    create_option = "FromImage"
  }
}
