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

  frontend_port {
    name = "https"
    port = 443
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

  ssl_certificate {
    name                = "www"
    key_vault_secret_id = "https://kv.vault.azure.net/secrets/www"
  }

  http_listener {
    name                           = "https"
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "https"
    protocol                       = "Https"
    ssl_certificate_name           = "www"
  }

  http_listener {
    name                           = "http"
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "http"
    protocol                       = "Http"
  }

  http_listener {
    name                           = "apex"
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "http"
    host_name                      = "example.com"
    protocol                       = "Http"
  }

  request_routing_rule {
    name                       = "app"
    rule_type                  = "Basic"
    priority                   = 10
    http_listener_name         = "https"
    backend_address_pool_name  = "app"
    backend_http_settings_name = "app"
  }

  request_routing_rule {
    name                        = "http-to-https"
    rule_type                   = "Basic"
    priority                    = 20
    http_listener_name          = "http"
    redirect_configuration_name = "http-to-https"
  }

  request_routing_rule {
    name                        = "apex"
    rule_type                   = "Basic"
    priority                    = 30
    http_listener_name          = "apex"
    redirect_configuration_name = "apex"
  }

  redirect_configuration {
    name                 = "http-to-https"
    redirect_type        = "Permanent"
    target_listener_name = "https"
    include_path         = true
    include_query_string = true
  }

  redirect_configuration {
    name          = "apex"
    redirect_type = "Permanent"
    target_url    = "https://www.example.com"
  }
}
