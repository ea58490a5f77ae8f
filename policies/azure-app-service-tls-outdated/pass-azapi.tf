# Web and function apps written with the AzAPI provider.
variable "parent_id" {}
variable "plan_id" {}

variable "min_tls_version" {
  type    = string
  default = "1.3"
}

# No `minTlsVersion`: ARM gives a new app 1.2.
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
      siteConfig   = { linuxFxVersion = "PYTHON|3.12" }
    }
  }
}

resource "azapi_resource" "func" {
  type      = "Microsoft.Web/sites@2024-04-01"
  name      = "acme-func"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    kind = "functionapp"
    properties = {
      serverFarmId = var.plan_id
      httpsOnly    = true
      siteConfig   = { minTlsVersion = var.min_tls_version, scmMinTlsVersion = "1.2" }
    }
  })
}

resource "azapi_resource" "web_config" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "web"
  parent_id = azapi_resource.default.id
  body = {
    properties = { minTlsVersion = "1.2", ftpsState = "Disabled" }
  }
}

# Not the site config: application settings.
resource "azapi_resource" "app_settings" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "appsettings"
  parent_id = azapi_resource.default.id
  body = {
    properties = { minTlsVersion = "1.0" }
  }
}

# The plan is not an app.
resource "azapi_resource" "plan" {
  type      = "Microsoft.Web/serverfarms@2023-12-01"
  name      = "acme-plan"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku        = { name = "P1v3" }
    properties = { reserved = true }
  }
}
