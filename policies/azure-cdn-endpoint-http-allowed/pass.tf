resource "azurerm_cdn_endpoint" "https_only" {
  name                = "cdn-https-only"
  profile_name        = "cdnprofile"
  location            = "global"
  resource_group_name = "rg"
  is_http_allowed     = false

  origin {
    name      = "web"
    host_name = "www.example.com"
  }
}

resource "azurerm_cdn_endpoint" "global_redirect" {
  name                = "cdn-redirect"
  profile_name        = "cdnprofile"
  location            = "global"
  resource_group_name = "rg"

  origin {
    name      = "web"
    host_name = "www.example.com"
  }

  global_delivery_rule {
    url_redirect_action {
      redirect_type = "PermanentRedirect"
      protocol      = "Https"
    }
  }
}

resource "azurerm_cdn_endpoint" "scheme_rule" {
  name                = "cdn-scheme"
  profile_name        = "cdnprofile"
  location            = "global"
  resource_group_name = "rg"
  is_http_allowed     = true

  origin {
    name      = "web"
    host_name = "www.example.com"
  }

  delivery_rule {
    name  = "httpToHttps"
    order = 1

    request_scheme_condition {
      operator     = "Equal"
      match_values = ["HTTP"]
    }

    url_redirect_action {
      redirect_type = "Found"
      protocol      = "Https"
    }
  }
}

resource "azurerm_cdn_frontdoor_route" "redirects" {
  name                          = "web"
  cdn_frontdoor_endpoint_id     = "endpoint-id"
  cdn_frontdoor_origin_group_id = "origin-group-id"
  cdn_frontdoor_origin_ids      = ["origin-id"]
  supported_protocols           = ["Http", "Https"]
  patterns_to_match             = ["/*"]
}

resource "azurerm_cdn_frontdoor_route" "https_only" {
  name                          = "api"
  cdn_frontdoor_endpoint_id     = "endpoint-id"
  cdn_frontdoor_origin_group_id = "origin-group-id"
  cdn_frontdoor_origin_ids      = ["origin-id"]
  supported_protocols           = ["Https"]
  patterns_to_match             = ["/api/*"]
  https_redirect_enabled        = false
}
