resource "azurerm_app_service" "php_current" {
  name                = "acme-php"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"

  site_config {
    php_version = "8.3"
  }
}

# .NET Framework 4.x is supported with Windows.
resource "azurerm_app_service" "dotnet_framework" {
  name                = "acme-framework"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"

  site_config {
    dotnet_framework_version = "v4.0"
  }
}

# No language version selected: Java and a container image.
resource "azurerm_app_service" "java" {
  name                = "acme-java"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"

  site_config {
    java_version           = "11"
    java_container         = "TOMCAT"
    java_container_version = "10.0"
  }
}

resource "azurerm_app_service" "container" {
  name                = "acme-container"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"

  site_config {
    linux_fx_version = "DOCKER|ghcr.io/acme/web:1.4.2"
  }
}

resource "azurerm_app_service" "fx_current" {
  name                = "acme-fx"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"

  site_config {
    linux_fx_version = "PYTHON|3.12"
  }
}

resource "azurerm_linux_web_app" "python_patch" {
  name                = "acme-web"
  location            = "westeurope"
  resource_group_name = "rg"
  service_plan_id     = "plan"

  site_config {
    application_stack {
      python_version = "3.12"
    }
  }
}

resource "azurerm_windows_web_app" "php_off" {
  name                = "acme-win"
  location            = "westeurope"
  resource_group_name = "rg"
  service_plan_id     = "plan"

  site_config {
    application_stack {
      current_stack  = "dotnet"
      php_version    = "Off"
      dotnet_version = "v10.0"
    }
  }
}

resource "azurerm_windows_web_app" "framework_48" {
  name                = "acme-win-fw"
  location            = "westeurope"
  resource_group_name = "rg"
  service_plan_id     = "plan"

  site_config {
    application_stack {
      current_stack  = "dotnet"
      dotnet_version = "v4.0"
    }
  }
}

resource "azurerm_windows_function_app" "node_current" {
  name                       = "acme-func"
  location                   = "westeurope"
  resource_group_name        = "rg"
  service_plan_id            = "plan"
  storage_account_name       = "acmefunc"
  storage_account_access_key = "key"

  site_config {
    application_stack {
      node_version = "~22"
    }
  }
}

resource "azurerm_linux_function_app" "no_stack" {
  name                       = "acme-func-linux"
  location                   = "westeurope"
  resource_group_name        = "rg"
  service_plan_id            = "plan"
  storage_account_name       = "acmefunc"
  storage_account_access_key = "key"

  site_config {}
}

resource "azurerm_function_app_flex_consumption" "current" {
  name                = "acme-current"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  runtime_name        = "python"
  runtime_version     = "3.12"
}

# Java's versions are not compared.
resource "azurerm_function_app_flex_consumption" "java" {
  name                = "acme-java"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  runtime_name        = "java"
  runtime_version     = "11"
}
