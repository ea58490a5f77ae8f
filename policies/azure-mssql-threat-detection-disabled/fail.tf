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

# Inline blocks of older provider versions.
resource "azurerm_sql_server" "legacy" {
  name                         = "acme-legacy-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
  threat_detection_policy {
    state = "Disabled" # expect: azure-mssql-threat-detection-disabled "SQL server `azurerm_sql_server.legacy` is disabled"
  }
}

variable "password" {}

resource "azurerm_sql_database" "legacy" {
  name                = "orders"
  resource_group_name = "rg"
  location            = "westeurope"
  server_name         = azurerm_sql_server.legacy.name
  threat_detection_policy {
    state           = "Enabled"
    disabled_alerts = ["Sql_Injection"] # expect: azure-mssql-threat-detection-disabled "ignores"
  }
}

resource "azurerm_mssql_server" "main" {
  name                = "acme-sql"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

# The server's alert policy is disabled, so it does not cover the database.
resource "azurerm_mssql_server_security_alert_policy" "main_off" {
  resource_group_name = "rg"
  server_name         = azurerm_mssql_server.main.name
  state               = "Disabled" # expect: azure-mssql-threat-detection-disabled "is disabled"
}

resource "azurerm_mssql_database" "app" {
  name      = "app"
  server_id = azurerm_mssql_server.main.id
  threat_detection_policy {
    state = "Disabled" # expect: azure-mssql-threat-detection-disabled "SQL database `azurerm_mssql_database.app` is disabled"
  }
}

resource "azurerm_sql_server" "legacy2" {
  name                         = "acme-legacy-sql2"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
  threat_detection_policy {
    state           = "Enabled"
    disabled_alerts = ["Access_Anomaly"] # expect: azure-mssql-threat-detection-disabled "SQL server `azurerm_sql_server.legacy2` ignores"
  }
}

resource "azurerm_sql_server" "reports" {
  name                = "acme-reports"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server_security_alert_policy" "reports" {
  resource_group_name = "rg"
  server_name         = azurerm_sql_server.reports.name
  state               = "Enabled"
  disabled_alerts     = ["Access_Anomaly"] # expect: azure-mssql-threat-detection-disabled "ignores"
}
