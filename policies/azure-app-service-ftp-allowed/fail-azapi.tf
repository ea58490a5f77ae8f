# Web and function apps written with the AzAPI provider.
variable "parent_id" {}
variable "plan_id" {}

variable "ftps_state" {
  default = "AllAllowed"
}

resource "azapi_resource" "web" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-web"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "app"
    properties = {
      serverFarmId = var.plan_id
      httpsOnly    = true
      siteConfig = {
        ftpsState = "AllAllowed" # expect: azure-app-service-ftp-allowed fail "`ftpsState = AllAllowed`"
      }
    }
  }
}

# No `ftpsState`: Azure's default, `AllAllowed`, applies.
resource "azapi_resource" "default" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-default"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "app,linux"
    properties = {
      serverFarmId = var.plan_id
      httpsOnly    = true
      siteConfig   = { minTlsVersion = "1.2" } # expect: azure-app-service-ftp-allowed fail "no `siteConfig.ftpsState`"
    }
  }
}

# A slot, with `jsonencode()` and a variable with a default.
resource "azapi_resource" "slot" {
  type      = "microsoft.web/sites/slots@2022-09-01"
  name      = "staging"
  parent_id = azapi_resource.web.id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-app-service-ftp-allowed fail "`ftpsState = AllAllowed`"
    properties = {
      serverFarmId = var.plan_id
      siteConfig   = { ftpsState = var.ftps_state }
    }
  })
}

# The `web` configuration of an app sets it to `AllAllowed`.
resource "azapi_resource" "func" {
  type      = "Microsoft.Web/sites@2024-04-01"
  name      = "acme-func"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "functionapp"
    properties = { serverFarmId = var.plan_id, httpsOnly = true }
  }
}

resource "azapi_resource" "func_web_config" {
  type      = "Microsoft.Web/sites/config@2024-04-01"
  name      = "web"
  parent_id = azapi_resource.func.id
  body = {
    properties = {
      ftpsState = "AllAllowed" # expect: azure-app-service-ftp-allowed fail "lets the app accept plain FTP"
    }
  }
}

# Configuration resources that do not set `ftpsState` do not count.
resource "azapi_resource" "settings_only" {
  type      = "Microsoft.Web/sites@2024-04-01"
  name      = "acme-settings"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "app"
    properties = { serverFarmId = var.plan_id, httpsOnly = true } # expect: azure-app-service-ftp-allowed fail "no `siteConfig.ftpsState`"
  }
}

resource "azapi_resource" "settings_only_web_config" {
  type      = "Microsoft.Web/sites/config@2024-04-01"
  name      = "web"
  parent_id = azapi_resource.settings_only.id
  body = {
    properties = { alwaysOn = true }
  }
}

resource "azapi_resource" "settings_only_app_settings" {
  type      = "Microsoft.Web/sites/config@2024-04-01"
  name      = "appsettings"
  parent_id = azapi_resource.settings_only.id
  body = {
    properties = { ftpsState = "Disabled" }
  }
}

# A variable without a default: not known statically.
variable "ftps" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-unknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "app"
    properties = {
      serverFarmId = var.plan_id
      siteConfig = {
        ftpsState = var.ftps # expect: azure-app-service-ftp-allowed unknown
      }
    }
  }
}
