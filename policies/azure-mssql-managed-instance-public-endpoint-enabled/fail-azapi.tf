resource "azapi_resource" "finance" {
  type      = "Microsoft.Sql/managedInstances@2023-08-01-preview"
  name      = "sqlmi-finance"
  location  = "westeurope"
  parent_id = azurerm_resource_group.finance.id

  body = {
    sku = { name = "GP_Gen5" }
    properties = {
      subnetId                  = azurerm_subnet.sqlmi.id
      vCores                    = 4
      storageSizeInGB           = 32
      minimalTlsVersion         = "1.2"
      publicDataEndpointEnabled = true # expect: azure-mssql-managed-instance-public-endpoint-enabled "`azapi_resource.finance`"
    }
  }
}
