resource "azurerm_kusto_cluster" "telemetry" {
  name                    = "kctelemetry"
  location                = "westeurope"
  resource_group_name     = "rg"
  disk_encryption_enabled = false # expect: azure-data-explorer-disk-encryption-disabled

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}
