variable "crm_admin_password" {
  type      = string
  sensitive = true
}

variable "audit_log_enabled" {
  type = string
}

variable "server_parameters" {
  type = map(string)
}

resource "azurerm_mysql_flexible_server" "crm" {
  name                   = "mysql-crm"
  resource_group_name    = "rg-crm"
  location               = "northeurope"
  administrator_login    = "crmadmin"
  administrator_password = var.crm_admin_password
  sku_name               = "GP_Standard_D2ds_v4"
}

# The value comes from a variable without a default.
resource "azurerm_mysql_flexible_server_configuration" "crm_audit" {
  name                = "audit_log_enabled"
  resource_group_name = "rg-crm"
  server_name         = azurerm_mysql_flexible_server.crm.name
  value               = var.audit_log_enabled # expect: azure-mysql-flexible-server-audit-log-disabled unknown
}

# The parameters come from a map nobody can read: whether one of them is
# `audit_log_enabled` is not known.
resource "azurerm_mysql_flexible_server" "hr" { # expect: azure-mysql-flexible-server-audit-log-disabled unknown
  name                   = "mysql-hr"
  resource_group_name    = "rg-hr"
  location               = "northeurope"
  administrator_login    = "hradmin"
  administrator_password = var.crm_admin_password
  sku_name               = "GP_Standard_D2ds_v4"
}

resource "azurerm_mysql_flexible_server_configuration" "hr" {
  for_each            = var.server_parameters
  name                = each.key
  resource_group_name = "rg-hr"
  server_name         = azurerm_mysql_flexible_server.hr.name
  value               = each.value # expect: azure-mysql-flexible-server-audit-log-disabled unknown
}
