resource "azurerm_api_management" "v3" {
  name                = "apim-v3"
  location            = "westeurope"
  resource_group_name = "rg"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"

  security {
    enable_frontend_tls10 = true # expect: azure-api-management-tls-outdated "TLS 1.0 on its frontend side"
    enable_backend_ssl30  = true # expect: azure-api-management-tls-outdated "SSL 3.0 on its backend side"
  }
}

resource "azurerm_api_management" "v4" {
  name                = "apim-v4"
  location            = "westeurope"
  resource_group_name = "rg"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"

  security {
    frontend_tls11_enabled = true # expect: azure-api-management-tls-outdated "TLS 1.1 on its frontend side"
    backend_tls10_enabled  = false
  }
}
