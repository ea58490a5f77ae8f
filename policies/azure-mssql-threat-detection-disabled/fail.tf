resource "azurerm_mssql_server_security_alert_policy" "off" {
  resource_group_name = "rg"
  server_name         = "sql"
  state               = "Disabled" # expect: azure-mssql-threat-detection-disabled "is disabled"
}

resource "azurerm_mssql_server_security_alert_policy" "partial" {
  resource_group_name = "rg"
  server_name         = "sql"
  state               = "Enabled"
  disabled_alerts     = ["Sql_Injection", "Data_Exfiltration"] # expect: azure-mssql-threat-detection-disabled "ignores"
}
