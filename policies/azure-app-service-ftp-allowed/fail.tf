resource "azurerm_linux_web_app" "web" {
  name                = "acme-web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {
    ftps_state = "AllAllowed" # expect: azure-app-service-ftp-allowed
  }
}

resource "azurerm_app_service" "legacy" {
  name                = "acme-legacy"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "plan"
  https_only          = true
  site_config { # expect: azure-app-service-ftp-allowed
    min_tls_version = "1.2"
  }
}

resource "azurerm_function_app" "bare" { # expect: azure-app-service-ftp-allowed "no `site_config`"
  name                = "acme-func"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "plan"
  https_only          = true
}
