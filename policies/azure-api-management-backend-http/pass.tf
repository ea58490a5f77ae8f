variable "backend_url" {}

resource "azurerm_api_management_backend" "orders" {
  name                = "orders"
  resource_group_name = "rg"
  api_management_name = "apim"
  protocol            = "http"
  url                 = "https://orders.example.com/api"

  tls {
    validate_certificate_chain = true
    validate_certificate_name  = true
  }
}

resource "azurerm_api_management_backend" "fabric" {
  name                = "fabric"
  resource_group_name = "rg"
  api_management_name = "apim"
  protocol            = "http"
  url                 = "fabric:/shop/orders"
}
