resource "azurerm_application_gateway" "modern" {
  name                = "agw-modern"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  ssl_policy {
    policy_type = "Predefined"
    policy_name = "AppGwSslPolicy20220101S"
  }

  ssl_profile {
    name = "strict"

    ssl_policy {
      policy_type          = "CustomV2"
      min_protocol_version = "TLSv1_3"
      cipher_suites        = ["TLS_AES_128_GCM_SHA256", "TLS_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384"]
    }
  }
}

resource "azurerm_application_gateway" "default_policy" {
  name                = "agw-default"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 1
  }
}

resource "azurerm_application_gateway" "legacy_disabled" {
  name                = "agw-legacy-ok"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 1
  }

  ssl_policy {
    disabled_protocols = ["TLSv1_0", "TLSv1_1"]
  }
}
