# Auditing turned off for a database created elsewhere.
variable "reporting_db_id" {
  default = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-reporting/databases/reporting"
}

resource "azurerm_mssql_database_extended_auditing_policy" "reporting" {
  database_id            = var.reporting_db_id
  storage_endpoint       = "https://stsqlaudit.blob.core.windows.net/"
  retention_in_days      = 120
  log_monitoring_enabled = false
  enabled                = false # expect: azure-mssql-server-auditing-disabled
}
