resource "azurerm_cdn_frontdoor_profile" "web" { # expect: azure-front-door-without-waf "profile `azurerm_cdn_frontdoor_profile.web`"
  name                = "afd-web"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
}

resource "azurerm_cdn_frontdoor_endpoint" "web" {
  name                     = "web"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.web.id
}

resource "azurerm_frontdoor" "classic" {
  name                = "fd-classic"
  resource_group_name = "rg"

  routing_rule {
    name               = "default"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["default", "www"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "app"
    }
  }

  backend_pool_load_balancing {
    name = "lb"
  }

  backend_pool_health_probe {
    name = "probe"
  }

  backend_pool {
    name = "app"
    backend {
      host_header = "app.example.com"
      address     = "app.example.com"
      http_port   = 80
      https_port  = 443
    }
    load_balancing_name = "lb"
    health_probe_name   = "probe"
  }

  frontend_endpoint {
    name                                    = "default"
    host_name                               = "fd-classic.azurefd.net"
    web_application_firewall_policy_link_id = "waf-id"
  }

  frontend_endpoint { # expect: azure-front-door-without-waf "frontend endpoint `www`"
    name      = "www"
    host_name = "www.example.com"
  }
}
