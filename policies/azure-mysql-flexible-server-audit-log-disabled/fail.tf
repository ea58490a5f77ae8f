resource "azurerm_resource_group" "data" {
  name     = "rg-orders-data"
  location = "westeurope"
}

variable "admin_password" {
  type      = string
  sensitive = true
}

# No server parameter at all: the audit log keeps its default, OFF.
resource "azurerm_mysql_flexible_server" "orders" { # expect: azure-mysql-flexible-server-audit-log-disabled "`azurerm_mysql_flexible_server.orders`"
  name                   = "mysql-orders-prod"
  resource_group_name    = azurerm_resource_group.data.name
  location               = azurerm_resource_group.data.location
  administrator_login    = "ordersadmin"
  administrator_password = var.admin_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
}

# Parameters are tuned, but not the audit log.
resource "azurerm_mysql_flexible_server" "billing" { # expect: azure-mysql-flexible-server-audit-log-disabled "`azurerm_mysql_flexible_server.billing`"
  name                   = "mysql-billing-prod"
  resource_group_name    = azurerm_resource_group.data.name
  location               = azurerm_resource_group.data.location
  administrator_login    = "billingadmin"
  administrator_password = var.admin_password
  sku_name               = "GP_Standard_D2ds_v4"
  version                = "8.0.21"
}

resource "azurerm_mysql_flexible_server_configuration" "billing_slow_log" {
  name                = "slow_query_log"
  resource_group_name = azurerm_resource_group.data.name
  server_name         = azurerm_mysql_flexible_server.billing.name
  value               = "ON"
}

# The audit log is named, and turned off.
resource "azurerm_mysql_flexible_server" "reports" {
  name                   = "mysql-reports-prod"
  resource_group_name    = azurerm_resource_group.data.name
  location               = azurerm_resource_group.data.location
  administrator_login    = "reportsadmin"
  administrator_password = var.admin_password
  sku_name               = "B_Standard_B1ms"
}

resource "azurerm_mysql_flexible_server_configuration" "reports_audit" {
  name                = "audit_log_enabled"
  resource_group_name = azurerm_resource_group.data.name
  server_name         = azurerm_mysql_flexible_server.reports.name
  value               = "OFF" # expect: azure-mysql-flexible-server-audit-log-disabled "sets `audit_log_enabled` to `OFF`"
}

# A module that only sets the parameters of a server created elsewhere,
# with the value from a variable whose default is off.
variable "audit_log" {
  type    = string
  default = "off"
}

resource "azurerm_mysql_flexible_server_configuration" "shared_audit" {
  name                = "audit_log_enabled"
  resource_group_name = "rg-shared-data"
  server_name         = "mysql-shared"
  value               = var.audit_log # expect: azure-mysql-flexible-server-audit-log-disabled "`azurerm_mysql_flexible_server_configuration.shared_audit` sets `audit_log_enabled` to `off`"
}
