# Web and function apps written with the AzAPI provider.
variable "parent_id" {}
variable "plan_id" {}

variable "scm_min_tls_version" {
  default = "1.1"
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
        minTlsVersion = "1.0" # expect: azure-app-service-tls-outdated fail "`1.0`"
      }
    }
  }
}

# A function app's slot, with `jsonencode()` and a variable with a default.
resource "azapi_resource" "slot" {
  type      = "microsoft.web/sites/slots@2022-09-01"
  name      = "staging"
  parent_id = azapi_resource.web.id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-app-service-tls-outdated fail "`1.1`"
    kind = "functionapp"
    properties = {
      serverFarmId = var.plan_id
      siteConfig = {
        minTlsVersion    = "1.2"
        scmMinTlsVersion = var.scm_min_tls_version
      }
    }
  })
}

# The `web` configuration of an app holds its site config.
resource "azapi_resource" "web_config" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "web"
  parent_id = azapi_resource.web.id
  body = {
    properties = {
      minTlsVersion = "1.1" # expect: azure-app-service-tls-outdated fail
    }
  }
}

# A variable without a default: not known statically.
variable "min_tls_version" {}

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
        minTlsVersion = var.min_tls_version # expect: azure-app-service-tls-outdated unknown
      }
    }
  }
}
