resource "azurerm_cdn_endpoint" "default" { # expect: azure-cdn-endpoint-http-allowed "`azurerm_cdn_endpoint.default`"
  name                = "cdn-default"
  profile_name        = "cdnprofile"
  location            = "global"
  resource_group_name = "rg"

  origin {
    name      = "web"
    host_name = "www.example.com"
  }
}

resource "azurerm_cdn_endpoint" "http_only" {
  name                = "cdn-http-only"
  profile_name        = "cdnprofile"
  location            = "global"
  resource_group_name = "rg"
  is_http_allowed     = true # expect: azure-cdn-endpoint-http-allowed
  is_https_allowed    = false

  origin {
    name      = "web"
    host_name = "www.example.com"
  }

  # Only rewrites headers: does not redirect.
  global_delivery_rule {
    modify_response_header_action {
      action = "Append"
      name   = "Strict-Transport-Security"
      value  = "max-age=31536000"
    }
  }
}

resource "azurerm_cdn_frontdoor_route" "web" {
  name                          = "web"
  cdn_frontdoor_endpoint_id     = "endpoint-id"
  cdn_frontdoor_origin_group_id = "origin-group-id"
  cdn_frontdoor_origin_ids      = ["origin-id"]
  supported_protocols           = ["Http", "Https"]
  patterns_to_match             = ["/*"]
  https_redirect_enabled        = false # expect: azure-cdn-endpoint-http-allowed "Front Door route"
}
