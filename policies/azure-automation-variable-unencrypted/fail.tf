resource "azurerm_automation_variable_string" "connection" { # expect: azure-automation-variable-unencrypted
  name                    = "sql-connection"
  resource_group_name     = "rg"
  automation_account_name = "aa-ops"
  value                   = "Server=tcp:sql-prod.database.windows.net;Database=app"
}

resource "azurerm_automation_variable_object" "settings" {
  name                    = "settings"
  resource_group_name     = "rg"
  automation_account_name = "aa-ops"
  encrypted               = false # expect: azure-automation-variable-unencrypted
  value                   = jsonencode({ region = "westeurope" })
}
