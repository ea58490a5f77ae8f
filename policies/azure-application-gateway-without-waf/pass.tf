variable "subnet_id" {}

resource "azurerm_web_application_firewall_policy" "this" {
  name                = "waf"
  resource_group_name = "rg"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}

resource "azurerm_application_gateway" "policy" {
  name                = "policy"
  resource_group_name = "rg"
  location            = "westeurope"
  firewall_policy_id  = azurerm_web_application_firewall_policy.this.id

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gw"
    subnet_id = var.subnet_id
  }
}

resource "azurerm_application_gateway" "inline" {
  name                = "inline"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gw"
    subnet_id = var.subnet_id
  }

  waf_configuration {
    enabled          = true
    firewall_mode    = "Prevention"
    rule_set_version = "3.2"
  }
}

resource "azurerm_application_gateway" "listener" {
  name                = "listener"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "WAF_v2"
    tier     = "WAF_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gw"
    subnet_id = var.subnet_id
  }

  http_listener {
    name                           = "https"
    frontend_ip_configuration_name = "public"
    frontend_port_name             = "https"
    protocol                       = "Https"
    ssl_certificate_name           = "cert"
    firewall_policy_id             = azurerm_web_application_firewall_policy.this.id
  }
}
