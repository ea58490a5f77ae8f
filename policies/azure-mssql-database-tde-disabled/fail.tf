resource "azurerm_mssql_database" "plain" {
  name                                = "plain"
  server_id                           = var.server_id
  sku_name                            = "S0"
  transparent_data_encryption_enabled = false # expect: azure-mssql-database-tde-disabled
}

variable "server_id" {}
