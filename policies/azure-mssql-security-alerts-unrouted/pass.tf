resource "azurerm_mssql_server_security_alert_policy" "to_security" {
  resource_group_name = "rg"
  server_name         = "sql"
  state               = "Enabled"
  email_addresses     = ["security@example.com"]
}

resource "azurerm_mssql_server_security_alert_policy" "to_admins" {
  resource_group_name  = "rg"
  server_name          = "sql2"
  state                = "Enabled"
  email_account_admins = true
}

# Disabled: azure-mssql-threat-detection-disabled's finding, not this one's.
resource "azurerm_mssql_server_security_alert_policy" "off" {
  resource_group_name = "rg"
  server_name         = "sql3"
  state               = "Disabled"
}

resource "azurerm_mssql_database" "orders" {
  name      = "orders"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"

  threat_detection_policy {
    state           = "Enabled"
    email_addresses = ["dba@example.com"]
  }
}

resource "azurerm_mssql_database" "admins" {
  name      = "admins"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"

  threat_detection_policy {
    state                = "Enabled"
    email_account_admins = "Enabled"
  }
}

resource "azurerm_mssql_database" "no_policy" {
  name      = "plain"
  server_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Sql/servers/sql"
}
