resource "azurerm_linux_function_app" "orders" {
  name                       = "func-orders"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "plan"
  storage_account_name       = "stfunc"
  storage_account_access_key = var.storage_key
  builtin_logging_enabled    = false # expect: azure-function-app-builtin-logging-disabled

  site_config {}
}

resource "azurerm_function_app_slot" "staging" {
  name                       = "staging"
  location                   = "westeurope"
  resource_group_name        = "rg"
  app_service_plan_id        = "plan"
  function_app_name          = "func-legacy"
  storage_account_name       = "stfunc"
  storage_account_access_key = var.storage_key
  enable_builtin_logging     = false # expect: azure-function-app-builtin-logging-disabled "`azurerm_function_app_slot.staging`"

  app_settings = {
    FUNCTIONS_WORKER_RUNTIME = "python"
  }
}

variable "storage_key" {
  type      = string
  sensitive = true
}

# Settings attest cannot read count as no Application Insights setting.
resource "azurerm_windows_function_app" "opaque_settings" {
  name                       = "func-opaque"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "plan"
  storage_account_name       = "stfunc"
  storage_account_access_key = var.storage_key
  builtin_logging_enabled    = false # expect: azure-function-app-builtin-logging-disabled "`azurerm_windows_function_app.opaque_settings`"
  app_settings               = var.app_settings

  site_config {}
}

variable "app_settings" {
  type = map(string)
}
