resource "azurerm_mssql_server_security_alert_policy" "on" {
  resource_group_name  = "rg"
  server_name          = "sql"
  state                = "Enabled"
  email_addresses      = ["security@example.com"]
  email_account_admins = true
  retention_days       = 90
}

resource "azurerm_mssql_server_security_alert_policy" "empty_list" {
  resource_group_name = "rg"
  server_name         = "sql2"
  state               = "Enabled"
  disabled_alerts     = []
}
