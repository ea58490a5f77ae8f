# Defaults: the SCM endpoint accepts the publishing credentials; FTP is off.
# expect: azure-app-service-basic-auth-publishing-enabled "on the SCM"
resource "azurerm_linux_web_app" "shop" {
  name                = "app-shop"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan-web"
  https_only          = true

  site_config {
    ftps_state = "Disabled"
  }
}

# FTPS on, with the default basic authentication on both endpoints.
# expect: azure-app-service-basic-auth-publishing-enabled "on the FTP endpoint", azure-app-service-basic-auth-publishing-enabled "on the SCM"
resource "azurerm_windows_web_app" "intranet" {
  name                = "app-intranet"
  resource_group_name = "rg-web"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan-web"

  site_config {
    ftps_state = "FtpsOnly"
  }
}

# FTP closed, WebDeploy left open.
resource "azurerm_windows_function_app" "jobs" {
  name                                           = "func-jobs"
  resource_group_name                            = "rg-web"
  location                                       = "westeurope"
  service_plan_id                                = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/serverFarms/plan-func"
  storage_account_name                           = "stjobs"
  ftp_publish_basic_authentication_enabled       = false
  webdeploy_publish_basic_authentication_enabled = true # expect: azure-app-service-basic-auth-publishing-enabled "`azurerm_windows_function_app.jobs` accepts its publishing user name and password on the SCM"

  site_config {}
}

# An AzAPI policy that closes only the FTP endpoint of a slot.
resource "azurerm_linux_web_app_slot" "staging" { # expect: azure-app-service-basic-auth-publishing-enabled "on the SCM"
  name           = "staging"
  app_service_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-shop"

  site_config {}
}

resource "azapi_update_resource" "staging_ftp" {
  type      = "Microsoft.Web/sites/slots/basicPublishingCredentialsPolicies@2023-12-01"
  name      = "ftp"
  parent_id = azurerm_linux_web_app_slot.staging.id
  body = {
    properties = {
      allow = false
    }
  }
}

resource "azapi_resource" "legacy_scm" {
  type      = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2022-09-01"
  name      = "scm"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-legacy"
  body = jsonencode({
    properties = {
      allow = true # expect: azure-app-service-basic-auth-publishing-enabled "on the `scm` endpoint"
    }
  })
}

resource "azapi_update_resource" "legacy_ftp" {
  type        = "Microsoft.Web/sites/basicPublishingCredentialsPolicies@2022-09-01"
  resource_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-web/providers/Microsoft.Web/sites/app-legacy/basicPublishingCredentialsPolicies/ftp"
  body = {
    properties = {
      allow = true # expect: azure-app-service-basic-auth-publishing-enabled "on the `ftp` endpoint"
    }
  }
}
