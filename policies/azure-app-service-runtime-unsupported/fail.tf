variable "python_version" {
  type    = string
  default = "3.9"
}

variable "node_version" {
  type = string
}

resource "azurerm_app_service" "legacy_php" {
  name                = "acme-legacy-php"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"

  site_config {
    php_version = "7.4" # expect: azure-app-service-runtime-unsupported "PHP 7.4"
  }
}

resource "azurerm_app_service" "legacy_python_patch" {
  name                = "acme-legacy-py"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"

  site_config {
    python_version = "3.4" # expect: azure-app-service-runtime-unsupported "Python 3.4"
  }
}

resource "azurerm_app_service" "legacy_fx" {
  name                = "acme-legacy-fx"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"

  site_config {
    linux_fx_version = "PYTHON|3.8" # expect: azure-app-service-runtime-unsupported "`PYTHON|3.8`"
  }
}

resource "azurerm_app_service_slot" "legacy_dotnet" {
  name                = "staging"
  app_service_name    = "acme-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  app_service_plan_id = "plan"

  site_config {
    dotnet_framework_version = "v6.0" # expect: azure-app-service-runtime-unsupported ".NET v6.0"
  }
}

resource "azurerm_linux_web_app" "python_from_variable" {
  name                = "acme-web"
  location            = "westeurope"
  resource_group_name = "rg"
  service_plan_id     = "plan"

  site_config {
    application_stack {
      python_version = var.python_version # expect: azure-app-service-runtime-unsupported "Python 3.9"
    }
  }
}

resource "azurerm_windows_web_app" "node_tilde" {
  name                = "acme-win"
  location            = "westeurope"
  resource_group_name = "rg"
  service_plan_id     = "plan"

  site_config {
    application_stack {
      current_stack = "node"
      node_version  = "~18" # expect: azure-app-service-runtime-unsupported "Node.js ~18"
    }
  }
}

resource "azurerm_windows_web_app" "dotnet8" {
  name                = "acme-win-dotnet"
  location            = "westeurope"
  resource_group_name = "rg"
  service_plan_id     = "plan"

  site_config {
    application_stack {
      current_stack  = "dotnet"
      dotnet_version = "v8.0" # expect: azure-app-service-runtime-unsupported ".NET v8.0"
    }
  }
}

resource "azurerm_linux_function_app" "node_lts" {
  name                       = "acme-func"
  location                   = "westeurope"
  resource_group_name        = "rg"
  service_plan_id            = "plan"
  storage_account_name       = "acmefunc"
  storage_account_access_key = "key"

  site_config {
    application_stack {
      node_version = "20" # expect: azure-app-service-runtime-unsupported "Node.js 20"
    }
  }
}

resource "azurerm_linux_function_app_slot" "dotnet_core" {
  name                 = "staging"
  function_app_id      = "app"
  storage_account_name = "acmefunc"

  site_config {
    application_stack {
      dotnet_version = "3.1" # expect: azure-app-service-runtime-unsupported ".NET 3.1"
    }
  }
}

resource "azurerm_function_app" "legacy_fx_node" {
  name                       = "acme-legacy-func"
  location                   = "westeurope"
  resource_group_name        = "rg"
  app_service_plan_id        = "plan"
  storage_account_name       = "acmefunc"
  storage_account_access_key = "key"
  os_type                    = "linux"

  site_config {
    linux_fx_version = "NODE|16-lts" # expect: azure-app-service-runtime-unsupported
  }
}

resource "azurerm_linux_web_app" "unknown" {
  name                = "acme-unknown"
  location            = "westeurope"
  resource_group_name = "rg"
  service_plan_id     = "plan"

  site_config {
    application_stack {
      node_version = var.node_version # expect: azure-app-service-runtime-unsupported unknown
    }
  }
}

# Flex Consumption apps name the language and its version in two arguments.
resource "azurerm_function_app_flex_consumption" "events" {
  name                = "acme-events"
  resource_group_name = "rg"
  location            = "westeurope"
  service_plan_id     = "plan"
  runtime_name        = "node"
  runtime_version     = "20" # expect: azure-app-service-runtime-unsupported
}
