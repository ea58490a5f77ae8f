locals {
  listener = "http-listener"
}

resource "azurerm_application_gateway" "web" {
  name                = "agw-web"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gw-ip"
    subnet_id = "subnet-id"
  }

  frontend_port {
    name = "http"
    port = 80
  }

  frontend_ip_configuration {
    name                 = "public"
    public_ip_address_id = "pip-id"
  }

  backend_address_pool {
    name = "app"
  }

  backend_http_settings {
    name                  = "app"
    cookie_based_affinity = "Disabled"
    port                  = 443
    protocol              = "Https"
    request_timeout       = 30
  }

  http_listener {
    name                           = local.listener
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "http"
    protocol                       = "Http" # expect: azure-application-gateway-http-listener "listener `http-listener`"
  }

  # Redirects to another plain HTTP site: still clear text.
  http_listener {
    name                           = "legacy"
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "http"
    host_name                      = "old.example.com"
    protocol                       = "Http" # expect: azure-application-gateway-http-listener "listener `legacy`"
  }

  request_routing_rule {
    name                       = "app"
    rule_type                  = "Basic"
    priority                   = 10
    http_listener_name         = local.listener
    backend_address_pool_name  = "app"
    backend_http_settings_name = "app"
  }

  request_routing_rule {
    name                        = "legacy"
    rule_type                   = "Basic"
    priority                    = 20
    http_listener_name          = "legacy"
    redirect_configuration_name = "legacy"
  }

  redirect_configuration {
    name          = "legacy"
    redirect_type = "Permanent"
    target_url    = "http://www.example.com"
  }
}
