# Built-in logging off, as Microsoft advises, with Application Insights on.
resource "azurerm_linux_function_app" "insights" {
  name                       = "func-insights"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "plan"
  storage_account_name       = "stfunc"
  storage_account_access_key = var.storage_key
  builtin_logging_enabled    = false

  site_config {
    application_insights_connection_string = var.appinsights_connection_string
  }
}

resource "azurerm_windows_function_app" "key" {
  name                       = "func-key"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "plan"
  storage_account_name       = "stfunc"
  storage_account_access_key = var.storage_key
  builtin_logging_enabled    = false

  site_config {
    application_insights_key = var.appinsights_key
  }
}

resource "azurerm_function_app" "legacy" {
  name                       = "func-legacy"
  location                   = "westeurope"
  resource_group_name        = "rg"
  app_service_plan_id        = "plan"
  storage_account_name       = "stfunc"
  storage_account_access_key = var.storage_key
  enable_builtin_logging     = false

  app_settings = {
    APPINSIGHTS_INSTRUMENTATIONKEY = var.appinsights_key
  }
}

# The default: built-in logging on.
resource "azurerm_function_app" "default" {
  name                       = "func-default"
  location                   = "westeurope"
  resource_group_name        = "rg"
  app_service_plan_id        = "plan"
  storage_account_name       = "stfunc"
  storage_account_access_key = var.storage_key
}

variable "storage_key" {
  type      = string
  sensitive = true
}

variable "appinsights_connection_string" {
  type      = string
  sensitive = true
}

variable "appinsights_key" {
  type      = string
  sensitive = true
}

# Flex Consumption apps have no built-in logging setting.
resource "azurerm_function_app_flex_consumption" "flex" {
  name                        = "func-flex"
  resource_group_name         = "rg"
  location                    = "westeurope"
  service_plan_id             = "plan"
  storage_container_type      = "blobContainer"
  storage_container_endpoint  = "https://stfunc.blob.core.windows.net/deploy"
  storage_authentication_type = "SystemAssignedIdentity"
  runtime_name                = "python"
  runtime_version             = "3.12"

  site_config {}
}
