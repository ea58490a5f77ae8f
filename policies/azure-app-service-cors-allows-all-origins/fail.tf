resource "azurerm_linux_web_app" "api" {
  name                = "acme-api"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {
    cors {
      allowed_origins = ["*"] # expect: azure-app-service-cors-allows-all-origins
    }
  }
}

resource "azurerm_function_app" "legacy" {
  name                = "acme-func"
  resource_group_name = "rg"
  location            = "westeurope"
  app_service_plan_id = "plan"
  site_config {
    cors {
      allowed_origins = ["https://app.example.com", "*"] # expect: azure-app-service-cors-allows-all-origins
    }
  }
}
