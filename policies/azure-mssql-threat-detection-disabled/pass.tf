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

# Inline blocks of older provider versions.
variable "password" {}

resource "azurerm_sql_server" "legacy" {
  name                         = "acme-legacy-sql"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = var.password
  threat_detection_policy {
    state                = "Enabled"
    email_account_admins = "Enabled"
  }
}

# The server's own policy covers the database, whatever the database says.
resource "azurerm_sql_database" "legacy" {
  name                = "orders"
  resource_group_name = "rg"
  location            = "westeurope"
  server_name         = azurerm_sql_server.legacy.name
  threat_detection_policy {
    state = "Disabled"
  }
}

resource "azurerm_mssql_server" "main" {
  name                = "acme-sql"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "12.0"
}

resource "azurerm_mssql_server_security_alert_policy" "main" {
  resource_group_name = "rg"
  server_name         = azurerm_mssql_server.main.name
  state               = "Enabled"
}

resource "azurerm_mssql_database" "app" {
  name      = "app"
  server_id = azurerm_mssql_server.main.id
  threat_detection_policy {
    state = "Disabled"
  }
}

resource "azurerm_mssql_database" "reports" {
  name      = "reports"
  server_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Sql/servers/other"
  threat_detection_policy {
    state = "Enabled"
  }
}
