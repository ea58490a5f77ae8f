# Defender for Cloud sends the alerts to the subscription's security contact.
resource "azurerm_security_center_contact" "security" {
  name                = "security"
  email               = "security@example.com"
  alert_notifications = true
  alerts_to_admins    = true
}

resource "azurerm_mssql_server_security_alert_policy" "routed_by_defender" {
  resource_group_name = "rg-data"
  server_name         = "sql-orders"
  state               = "Enabled"
}
