resource "azapi_resource" "finance" {
  type      = "Microsoft.Sql/managedInstances@2023-08-01-preview"
  name      = "sqlmi-finance"
  location  = "westeurope"
  parent_id = azurerm_resource_group.finance.id

  body = jsonencode({
    sku = { name = "GP_Gen5" }
    properties = {
      subnetId          = azurerm_subnet.sqlmi.id
      vCores            = 4
      storageSizeInGB   = 32
      minimalTlsVersion = "1.2"
    }
  })
}

resource "azapi_resource" "finance_db" {
  type      = "Microsoft.Sql/managedInstances/databases@2023-08-01-preview"
  name      = "ledger"
  location  = "westeurope"
  parent_id = azapi_resource.finance.id
  body = {
    properties = {}
  }
}
