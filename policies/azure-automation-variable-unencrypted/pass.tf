variable "encrypt" {
  default = true
}

resource "azurerm_automation_variable_string" "connection" {
  name                    = "sql-connection"
  resource_group_name     = "rg"
  automation_account_name = "aa-ops"
  value                   = "Server=tcp:sql-prod.database.windows.net;Database=app"
  encrypted               = true
}

resource "azurerm_automation_variable_int" "retries" {
  name                    = "retries"
  resource_group_name     = "rg"
  automation_account_name = "aa-ops"
  value                   = 3
  encrypted               = var.encrypt
}
