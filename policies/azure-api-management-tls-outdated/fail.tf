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

# TLS 1.2 only, but triple-DES suites are still offered.
resource "azurerm_api_management" "des_v4" {
  name                = "apim-des-v4"
  location            = "westeurope"
  resource_group_name = "rg"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"

  security {
    frontend_tls10_enabled     = false
    frontend_tls11_enabled     = false
    triple_des_ciphers_enabled = true # expect: azure-api-management-tls-outdated "triple-DES"
  }
}

resource "azurerm_api_management" "des_v2" {
  name                = "apim-des-v2"
  location            = "westeurope"
  resource_group_name = "rg"
  publisher_name      = "Example"
  publisher_email     = "api@example.com"
  sku_name            = "Developer_1"

  security {
    enable_triple_des_ciphers = true # expect: azure-api-management-tls-outdated "`azurerm_api_management.des_v2` accepts triple-DES"
  }
}
