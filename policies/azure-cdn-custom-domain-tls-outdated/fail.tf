resource "azurerm_cdn_endpoint_custom_domain" "managed" {
  name            = "www"
  cdn_endpoint_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/cdn/endpoints/web"
  host_name       = "www.example.com"

  cdn_managed_https {
    certificate_type = "Dedicated"
    protocol_type    = "ServerNameIndication"
    tls_version      = "TLS10" # expect: azure-cdn-custom-domain-tls-outdated
  }
}

resource "azurerm_cdn_endpoint_custom_domain" "byoc" {
  name            = "shop"
  cdn_endpoint_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/cdn/endpoints/shop"
  host_name       = "shop.example.com"

  user_managed_https {
    key_vault_secret_id = "https://kv.vault.azure.net/secrets/shop-cert"
    tls_version         = "None" # expect: azure-cdn-custom-domain-tls-outdated
  }
}

resource "azurerm_cdn_frontdoor_custom_domain" "v3" {
  name                     = "api"
  cdn_frontdoor_profile_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/afd"
  host_name                = "api.example.com"

  tls {
    certificate_type    = "ManagedCertificate"
    minimum_tls_version = "TLS10" # expect: azure-cdn-custom-domain-tls-outdated
  }
}

resource "azurerm_cdn_frontdoor_custom_domain" "v4" {
  name                     = "app"
  cdn_frontdoor_profile_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.Cdn/profiles/afd"
  host_name                = "app.example.com"

  tls {
    certificate_type = "ManagedCertificate"
    minimum_version  = "TLS10" # expect: azure-cdn-custom-domain-tls-outdated
  }
}
