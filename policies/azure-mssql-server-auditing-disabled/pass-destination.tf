# Auditing policies with a destination.
variable "sql_server_id" {
  default = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-billing"
}

variable "audit_storage_key" {
  sensitive = true
}

# The default sends the records to Azure Monitor.
resource "azurerm_mssql_server_extended_auditing_policy" "monitor" {
  server_id = var.sql_server_id
}

resource "azurerm_mssql_database_extended_auditing_policy" "storage" {
  database_id                = "${var.sql_server_id}/databases/invoices"
  storage_endpoint           = "https://stsqlaudit.blob.core.windows.net/"
  storage_account_access_key = var.audit_storage_key
  retention_in_days          = 180
  log_monitoring_enabled     = false
}
