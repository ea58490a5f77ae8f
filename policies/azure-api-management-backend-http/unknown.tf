resource "azurerm_api_management_backend" "unknown" {
  name                = "from-var"
  resource_group_name = "rg"
  api_management_name = "apim"
  protocol            = "http"
  url                 = var.backend_url # expect: azure-api-management-backend-http unknown
}
