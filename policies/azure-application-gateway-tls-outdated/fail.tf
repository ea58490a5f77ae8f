resource "azurerm_application_gateway" "predefined" {
  name                = "agw-predefined"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20150501" # expect: azure-application-gateway-tls-outdated "TLS 1.0"
  }

  ssl_profile {
    name = "partners"

    ssl_policy {
      policy_type          = "Custom"
      min_protocol_version = "TLSv1_1" # expect: azure-application-gateway-tls-outdated "`partners`"
      cipher_suites        = ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"]
    }
  }
}

resource "azurerm_application_gateway" "legacy" {
  name                = "agw-legacy"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }

  ssl_policy {
    disabled_protocols = ["TLSv1_0"] # expect: azure-application-gateway-tls-outdated "TLS 1.1"
  }
}

resource "azurerm_application_gateway" "triple_des" {
  name                = "agw-3des"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type          = "Custom"
    min_protocol_version = "TLSv1_2"
    cipher_suites = [ # expect: azure-application-gateway-tls-outdated "triple-DES"
      "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
      "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    ]
  }

  ssl_profile {
    name = "legacy-clients"

    ssl_policy {
      policy_type          = "CustomV2"
      min_protocol_version = "TLSv1_2"
      cipher_suites        = ["TLS_DHE_DSS_WITH_3DES_EDE_CBC_SHA"] # expect: azure-application-gateway-tls-outdated "`legacy-clients`"
    }
  }
}
