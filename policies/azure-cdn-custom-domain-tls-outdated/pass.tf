resource "azurerm_cdn_endpoint_custom_domain" "default" {
  name            = "www"
  cdn_endpoint_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/cdn/endpoints/web"
  host_name       = "www.example.com"

  cdn_managed_https {
    certificate_type = "Dedicated"
    protocol_type    = "ServerNameIndication"
  }
}

resource "azurerm_cdn_endpoint_custom_domain" "explicit" {
  name            = "shop"
  cdn_endpoint_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/cdn/endpoints/shop"
  host_name       = "shop.example.com"

  user_managed_https {
    key_vault_secret_id = "https://kv.vault.azure.net/secrets/shop-cert"
    tls_version         = "TLS12"
  }
}

resource "azurerm_cdn_frontdoor_custom_domain" "default" {
  name                     = "api"
  cdn_frontdoor_profile_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/afd"
  host_name                = "api.example.com"

  tls {
    certificate_type = "ManagedCertificate"
  }
}

resource "azurerm_cdn_frontdoor_custom_domain" "explicit" {
  name                     = "app"
  cdn_frontdoor_profile_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/afd"
  host_name                = "app.example.com"

  tls {
    certificate_type = "ManagedCertificate"
    minimum_version  = "TLS12"
  }
}
