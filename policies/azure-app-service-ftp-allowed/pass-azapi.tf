# Web and function apps written with the AzAPI provider.
variable "parent_id" {}
variable "plan_id" {}

variable "ftps_state" {
  type    = string
  default = "FtpsOnly"
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
      siteConfig   = { ftpsState = "Disabled" }
    }
  }
}

resource "azapi_resource" "slot" {
  type      = "Microsoft.Web/sites/slots@2022-09-01"
  name      = "staging"
  parent_id = azapi_resource.web.id
  location  = "westeurope"
  body = jsonencode({
    properties = {
      serverFarmId = var.plan_id
      siteConfig   = { ftpsState = var.ftps_state }
    }
  })
}

# FTPS set in the app's `web` configuration instead of its body.
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
    properties = { ftpsState = "disabled" }
  }
}

# Other configuration: not the site config.
resource "azapi_resource" "func_app_settings" {
  type      = "Microsoft.Web/sites/config@2024-04-01"
  name      = "appsettings"
  parent_id = azapi_resource.web.id
  body = {
    properties = { FUNCTIONS_EXTENSION_VERSION = "~4" }
  }
}
