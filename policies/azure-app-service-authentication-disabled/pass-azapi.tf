variable "parent_id" {}

resource "azapi_resource" "auth" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "authsettingsV2"
  parent_id = var.parent_id
  body = {
    properties = {
      platform = { enabled = true }
      globalValidation = {
        requireAuthentication       = true
        unauthenticatedClientAction = "RedirectToLoginPage"
      }
    }
  }
}

# Other configuration resources of the app are not read.
resource "azapi_resource" "web_config" {
  type      = "Microsoft.Web/sites/config@2023-12-01"
  name      = "web"
  parent_id = var.parent_id
  body = {
    properties = { ftpsState = "Disabled" }
  }
}
