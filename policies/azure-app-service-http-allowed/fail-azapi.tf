# Web and function apps written with the AzAPI provider.
variable "parent_id" {}
variable "plan_id" {}

variable "https_only" {
  default = false
}

# `httpsOnly` missing: ARM's default is `false`.
resource "azapi_resource" "web" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-web"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "app,linux"
    properties = { # expect: azure-app-service-http-allowed fail "`httpsOnly`"
      serverFarmId = var.plan_id
      siteConfig   = { linuxFxVersion = "NODE|20-lts" }
    }
  }
}

resource "azapi_resource" "slot" {
  type      = "Microsoft.Web/sites/slots@2023-12-01"
  name      = "staging"
  parent_id = azapi_resource.web.id
  location  = "westeurope"
  body = {
    properties = {
      serverFarmId = var.plan_id
      httpsOnly    = false # expect: azure-app-service-http-allowed fail
    }
  }
}

# A function app, with `jsonencode()` and a variable with a default.
resource "azapi_resource" "func" {
  type      = "microsoft.web/sites@2022-09-01"
  name      = "acme-func"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-app-service-http-allowed fail
    kind = "functionapp"
    properties = {
      serverFarmId = var.plan_id
      httpsOnly    = var.https_only
    }
  })
}

# Built-in authentication that accepts plain HTTP.
resource "azapi_resource" "auth" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "authsettingsV2"
  parent_id = azapi_resource.web.id
  body = {
    properties = {
      platform     = { enabled = true }
      httpSettings = { requireHttps = false } # expect: azure-app-service-http-allowed fail "built-in authentication"
    }
  }
}

# A variable without a default: not known statically.
variable "https" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-unknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind = "app"
    properties = {
      serverFarmId = var.plan_id
      httpsOnly    = var.https # expect: azure-app-service-http-allowed unknown
    }
  }
}
