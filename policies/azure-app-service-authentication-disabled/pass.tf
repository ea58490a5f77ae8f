resource "azurerm_linux_web_app" "portal" {
  name                = "acme-portal"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {}
  auth_settings_v2 {
    auth_enabled           = true
    require_authentication = true
    unauthenticated_action = "RedirectToLoginPage"
    active_directory_v2 {
      client_id            = "00000000-0000-0000-0000-000000000000"
      tenant_auth_endpoint = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"
    }
    login {}
  }
}

resource "azurerm_app_service" "old" {
  name                = "acme-old"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"
  auth_settings {
    enabled                       = true
    default_provider              = "AzureActiveDirectory"
    unauthenticated_client_action = "RedirectToLoginPage"
  }
}

resource "azurerm_function_app" "old_func" {
  name                       = "acme-old-func"
  location                   = "westeurope"
  resource_group_name        = "rg"
  app_service_plan_id        = "plan"
  storage_account_name       = "acmefuncsa"
  storage_account_access_key = "key"
  auth_settings {
    enabled = true
  }
}

# Reached through a private endpoint only.
resource "azurerm_windows_function_app" "internal" {
  name                          = "acme-internal"
  resource_group_name           = "rg"
  location                      = "westeurope"
  service_plan_id               = "plan"
  storage_account_name          = "acmefuncsa"
  public_network_access_enabled = false
  site_config {}
}

# Published through API Management, which authenticates the callers.
resource "azurerm_linux_function_app" "behind_apim" {
  name                 = "acme-orders"
  resource_group_name  = "rg"
  location             = "westeurope"
  service_plan_id      = "plan"
  storage_account_name = "acmefuncsa"
  site_config {
    ip_restriction {
      name        = "apim"
      service_tag = "ApiManagement"
      action      = "Allow"
      priority    = 100
    }
  }
}

# A slot with authentication.
resource "azurerm_windows_web_app_slot" "staging" {
  name           = "staging"
  app_service_id = "app"
  site_config {}
  auth_settings {
    enabled = true
  }
}
