# Web and function apps written with the AzAPI provider.
variable "parent_id" {}
variable "plan_id" {}

variable "https_only" {
  type    = bool
  default = true
}

resource "azapi_resource" "web" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-web"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "app,linux"
    properties = {
      serverFarmId = var.plan_id
      httpsOnly    = true
      siteConfig   = { minTlsVersion = "1.2", ftpsState = "Disabled" }
    }
  }
}

resource "azapi_resource" "slot" {
  type      = "Microsoft.Web/sites/slots@2024-04-01"
  name      = "staging"
  parent_id = azapi_resource.web.id
  location  = "westeurope"
  body = {
    properties = {
      serverFarmId = var.plan_id
      httpsOnly    = var.https_only
    }
  }
}

resource "azapi_resource" "func" {
  type      = "Microsoft.Web/sites@2022-09-01"
  name      = "acme-func"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind       = "functionapp"
    properties = { serverFarmId = var.plan_id, httpsOnly = true }
  })
}

# `requireHttps` defaults to true.
resource "azapi_resource" "auth" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "authsettingsV2"
  parent_id = azapi_resource.web.id
  body = {
    properties = {
      platform     = { enabled = true }
      httpSettings = { routes = { apiPrefix = "/.auth" } }
    }
  }
}

# Other configuration resources and the plan are not apps.
resource "azapi_resource" "app_settings" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "appsettings"
  parent_id = azapi_resource.web.id
  body = {
    properties = { WEBSITE_RUN_FROM_PACKAGE = "1" }
  }
}

resource "azapi_resource" "plan" {
  type      = "Microsoft.Web/serverfarms@2023-12-01"
  name      = "acme-plan"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "linux"
    sku        = { name = "P1v3" }
    properties = { reserved = true }
  }
}
