variable "reporting_db_id" {
  default = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-reporting/databases/reporting"
}

# Auditing on for a database created elsewhere.
resource "azurerm_mssql_database_extended_auditing_policy" "reporting" {
  database_id            = var.reporting_db_id
  log_monitoring_enabled = true
}

# Turned off for one database of a server audited at the server level,
# whose policy applies to that database anyway.
resource "azurerm_mssql_server" "ops" {
  name                = "sql-ops"
  resource_group_name = "rg-data"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server_extended_auditing_policy" "ops" {
  server_id              = azurerm_mssql_server.ops.id
  log_monitoring_enabled = true
}

resource "azurerm_mssql_database" "scratch" {
  name      = "scratch"
  server_id = azurerm_mssql_server.ops.id
}

resource "azurerm_mssql_database_extended_auditing_policy" "scratch" {
  database_id = azurerm_mssql_database.scratch.id
  enabled     = false
}

resource "azurerm_mssql_database_extended_auditing_policy" "external" {
  database_id = "/subscriptions/0f0e0d0c-1111-2222-3333-444455556666/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-ops/databases/archive"
  enabled     = false
}
