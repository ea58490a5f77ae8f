# Auditing policies with nowhere to write their records.
variable "sql_server_id" {
  default = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-billing"
}

resource "azurerm_mssql_server_extended_auditing_policy" "billing" {
  server_id              = var.sql_server_id
  log_monitoring_enabled = false # expect: azure-mssql-server-auditing-disabled
}

resource "azurerm_mssql_database_extended_auditing_policy" "invoices" {
  database_id            = "${var.sql_server_id}/databases/invoices"
  storage_endpoint       = ""
  log_monitoring_enabled = false # expect: azure-mssql-server-auditing-disabled
}
