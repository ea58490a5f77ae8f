variable "server_id" {}

resource "azurerm_mssql_database" "default" {
  name      = "default"
  server_id = var.server_id
  sku_name  = "S0"
}

resource "azurerm_mssql_database" "explicit" {
  name                                = "explicit"
  server_id                           = var.server_id
  sku_name                            = "S0"
  transparent_data_encryption_enabled = true
}
