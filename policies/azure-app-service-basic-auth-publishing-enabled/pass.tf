resource "azurerm_windows_web_app" "portal" {
  name                                           = "app-portal"
  resource_group_name                            = "rg-web"
  location                                       = "westeurope"
  service_plan_id                                = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan-web"
  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = false

  site_config {
    ftps_state = "FtpsOnly"
  }
}

# Closed through AzAPI policies on both endpoints.
resource "azurerm_linux_function_app" "events" {
  name                 = "func-events"
  resource_group_name  = "rg-web"
  location             = "westeurope"
  service_plan_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan-func"
  storage_account_name = "stevents"

  site_config {
    ftps_state = "AllAllowed"
  }
}

resource "azapi_update_resource" "events_ftp" {
  type      = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01"
  name      = "ftp"
  parent_id = azurerm_linux_function_app.events.id
  body = {
    properties = {
      allow = false
    }
  }
}

resource "azapi_resource" "events_scm" {
  type      = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2023-12-01"
  name      = "scm"
  parent_id = azurerm_linux_function_app.events.id
  body = jsonencode({
    properties = {
      allow = false
    }
  })
}

# An AzAPI resource of another type that refers to the app is ignored.
resource "azapi_resource" "events_config" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "ftp"
  parent_id = azurerm_linux_function_app.events.id
  body = {
    properties = {
      allow = false
    }
  }
}

# The deprecated resource types have neither argument.
resource "azurerm_app_service" "old" {
  name                = "app-old"
  location            = "westeurope"
  resource_group_name = "rg-web"
  app_service_plan_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan-old"
}
