resource "azurerm_mssql_server_security_alert_policy" "silent" {
  resource_group_name = "rg"
  server_name         = "sql"
  state               = "Enabled" # expect: azure-mssql-security-alerts-unrouted "SQL threat detection policy `azurerm_mssql_server_security_alert_policy.silent` names no one to send its alerts to"
}

resource "azurerm_mssql_server_security_alert_policy" "explicitly_silent" {
  resource_group_name  = "rg"
  server_name          = "sql2"
  state                = "Enabled" # expect: azure-mssql-security-alerts-unrouted "SQL threat detection policy `azurerm_mssql_server_security_alert_policy.explicitly_silent` names no one to send its alerts to: no `email_addresses`, no `email_account_admins = true`"
  email_addresses      = []
  email_account_admins = false
  retention_days       = 90
}

resource "azurerm_mssql_database" "orders" {
  name      = "orders"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"

  threat_detection_policy {
    state                = "Enabled" # expect: azure-mssql-security-alerts-unrouted "threat detection policy of SQL database `azurerm_mssql_database.orders` names no one to send its alerts to"
    email_account_admins = "Disabled"
  }
}

# A security contact that is not sent alerts does not receive them.
resource "azurerm_security_center_contact" "billing" {
  name                = "billing"
  email               = "billing@example.com"
  alert_notifications = false
  alerts_to_admins    = false
}
