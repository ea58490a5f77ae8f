resource "azurerm_api_management_backend" "orders" {
  name                = "orders"
  resource_group_name = "rg"
  api_management_name = "apim"
  protocol            = "http"
  url                 = "http://orders.internal.example.com/api" # expect: azure-api-management-backend-http
}

variable "legacy_url" {
  default = "HTTP://10.0.4.20:8080"
}

resource "azurerm_api_management_backend" "legacy" {
  name                = "legacy"
  resource_group_name = "rg"
  api_management_name = "apim"
  protocol            = "soap"
  url                 = var.legacy_url # expect: azure-api-management-backend-http
}
