resource "azurerm_linux_web_app" "api" {
  name                = "acme-api"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {
    cors {
      allowed_origins     = ["https://app.example.com"]
      support_credentials = true
    }
  }
}

resource "azurerm_linux_web_app" "default" {
  name                = "acme-web"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {}
}
