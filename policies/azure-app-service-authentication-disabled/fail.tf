# No authentication block: authentication is off by default.
resource "azurerm_linux_web_app" "portal" { # expect: azure-app-service-authentication-disabled
  name                = "acme-portal"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  https_only          = true
  site_config {}
}

resource "azurerm_windows_web_app" "legacy_auth_off" {
  name                = "acme-admin"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  site_config {}
  auth_settings { # expect: azure-app-service-authentication-disabled
    enabled = false
  }
}

# An `auth_settings_v2` block without `auth_enabled` leaves it `false`.
resource "azurerm_linux_function_app" "api" {
  name                       = "acme-api"
  resource_group_name        = "rg"
  location                   = "westeurope"
  service_plan_id            = "plan"
  storage_account_name       = "acmefuncsa"
  storage_account_access_key = "key"
  site_config {}
  auth_settings_v2 { # expect: azure-app-service-authentication-disabled
    default_provider = "azureactivedirectory"
    login {}
  }
}

resource "azurerm_windows_function_app" "jobs" {
  name                 = "acme-jobs"
  resource_group_name  = "rg"
  location             = "westeurope"
  service_plan_id      = "plan"
  storage_account_name = "acmefuncsa"
  site_config {}
  auth_settings_v2 { # expect: azure-app-service-authentication-disabled
    auth_enabled = false
    login {}
  }
}

resource "azurerm_linux_web_app_slot" "staging" { # expect: azure-app-service-authentication-disabled
  name           = "staging"
  app_service_id = azurerm_linux_web_app.portal.id
  site_config {}
}

# Deprecated resources.
resource "azurerm_app_service" "old" { # expect: azure-app-service-authentication-disabled
  name                = "acme-old"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"
}

variable "auth" {
  default = false
}

resource "azurerm_function_app" "old_func" {
  name                       = "acme-old-func"
  location                   = "westeurope"
  resource_group_name        = "rg"
  app_service_plan_id        = "plan"
  storage_account_name       = "acmefuncsa"
  storage_account_access_key = "key"
  auth_settings { # expect: azure-app-service-authentication-disabled
    enabled = var.auth
  }
}

# Front Door does not authenticate users: the app is still flagged.
resource "azurerm_linux_web_app" "behind_front_door" { # expect: azure-app-service-authentication-disabled
  name                = "acme-shop"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  site_config {
    ip_restriction {
      service_tag = "AzureFrontDoor.Backend"
      action      = "Allow"
    }
  }
}

# A rule that denies API Management does not publish the app through it.
resource "azurerm_windows_web_app" "denies_apim" { # expect: azure-app-service-authentication-disabled
  name                = "acme-intranet"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  site_config {
    ip_restriction {
      service_tag = "ApiManagement"
      action      = "Deny"
    }
  }
}

# Not an app.
resource "azurerm_service_plan" "plan" {
  name                = "acme-plan"
  resource_group_name = "rg"
  location            = "westeurope"
  os_type             = "Linux"
  sku_name            = "P1v3"
}

# Unmatched traffic is allowed: the API Management rule restricts nothing.
resource "azurerm_linux_function_app" "apim_default_allow" { # expect: azure-app-service-authentication-disabled
  name                 = "acme-billing"
  resource_group_name  = "rg"
  location             = "westeurope"
  service_plan_id      = "plan"
  storage_account_name = "acmefuncsa"
  site_config {
    ip_restriction_default_action = "Allow"
    ip_restriction {
      service_tag = "ApiManagement"
      action      = "Allow"
    }
  }
}
