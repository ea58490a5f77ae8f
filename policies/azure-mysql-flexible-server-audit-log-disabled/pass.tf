variable "ledger_admin_password" {
  type      = string
  sensitive = true
}

resource "azurerm_mysql_flexible_server" "ledger" {
  name                   = "mysql-ledger-prod"
  resource_group_name    = "rg-ledger-data"
  location               = "westeurope"
  administrator_login    = "ledgeradmin"
  administrator_password = var.ledger_admin_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
}

resource "azurerm_mysql_flexible_server_configuration" "ledger_audit" {
  name                = "audit_log_enabled"
  resource_group_name = "rg-ledger-data"
  server_name         = azurerm_mysql_flexible_server.ledger.name
  value               = "ON"
}

resource "azurerm_mysql_flexible_server_configuration" "ledger_audit_events" {
  name                = "audit_log_events"
  resource_group_name = "rg-ledger-data"
  server_name         = azurerm_mysql_flexible_server.ledger.name
  value               = "CONNECTION,DDL,DCL,ADMIN"
}

# Parameters from a map with a default, one instance per entry.
variable "payroll_parameters" {
  type = map(string)
  default = {
    audit_log_enabled = "ON"
    audit_log_events  = "CONNECTION,DCL"
    slow_query_log    = "ON"
  }
}

resource "azurerm_mysql_flexible_server" "payroll" {
  name                   = "mysql-payroll-prod"
  resource_group_name    = "rg-payroll-data"
  location               = "westeurope"
  administrator_login    = "payrolladmin"
  administrator_password = var.ledger_admin_password
  sku_name               = "GP_Standard_D2ds_v4"
}

resource "azurerm_mysql_flexible_server_configuration" "payroll" {
  for_each            = var.payroll_parameters
  name                = each.key
  resource_group_name = "rg-payroll-data"
  server_name         = azurerm_mysql_flexible_server.payroll.name
  value               = each.value
}

# A parameter of a server created in another configuration; other
# parameters set to OFF are not this policy's business.
resource "azurerm_mysql_flexible_server_configuration" "shared_audit_on" {
  name                = "audit_log_enabled"
  resource_group_name = "rg-shared-data"
  server_name         = "mysql-shared"
  value               = "on"
}

resource "azurerm_mysql_flexible_server_configuration" "shared_require_tls" {
  name                = "require_secure_transport"
  resource_group_name = "rg-shared-data"
  server_name         = "mysql-shared"
  value               = "OFF"
}
