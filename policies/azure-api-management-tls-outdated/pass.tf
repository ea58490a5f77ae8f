resource "azurerm_api_management" "default" {
  name                = "apim-default"
  location            = "westeurope"
  resource_group_name = "rg"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"
}

resource "azurerm_api_management" "explicit" {
  name                = "apim-explicit"
  location            = "westeurope"
  resource_group_name = "rg"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Premium_1"

  security {
    enable_frontend_ssl30      = false
    enable_frontend_tls10      = false
    enable_frontend_tls11      = false
    enable_backend_ssl30       = false
    enable_backend_tls10       = false
    enable_backend_tls11       = false
    triple_des_ciphers_enabled = false
  }
}
