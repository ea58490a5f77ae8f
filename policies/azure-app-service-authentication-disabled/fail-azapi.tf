variable "parent_id" {}
variable "plan_id" {}

resource "azapi_resource" "web" {
  type      = "Microsoft.Web/sites@2023-12-01"
  name      = "acme-web"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    kind       = "app,linux"
    properties = { serverFarmId = var.plan_id, httpsOnly = true }
  }
}

resource "azapi_resource" "auth" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "authsettingsV2"
  parent_id = azapi_resource.web.id
  body = {
    properties = {
      platform = {
        enabled = false # expect: azure-app-service-authentication-disabled
      }
    }
  }
}

resource "azapi_resource" "slot_auth" {
  type      = "Microsoft.Web/sites/slots/config@2022-09-01"
  name      = "authsettingsV2"
  parent_id = "${azapi_resource.web.id}/slots/staging"
  body = jsonencode({
    properties = { # expect: azure-app-service-authentication-disabled
      globalValidation = { unauthenticatedClientAction = "AllowAnonymous" }
    }
  })
}
