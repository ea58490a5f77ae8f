resource "azurerm_web_application_firewall_policy" "default" {
  name                = "default"
  resource_group_name = "rg"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}

resource "azurerm_web_application_firewall_policy" "prevent" {
  name                = "prevent"
  resource_group_name = "rg"
  location            = "westeurope"

  policy_settings {
    enabled                     = true
    mode                        = "Prevention"
    request_body_check          = true
    max_request_body_size_in_kb = 128
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}

resource "azurerm_frontdoor_firewall_policy" "classic" {
  name                = "classic"
  resource_group_name = "rg"
}

resource "azurerm_cdn_frontdoor_firewall_policy" "fd" {
  name                = "fd"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"
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

  waf_configuration {
    enabled          = true
    firewall_mode    = "Prevention"
    rule_set_version = "3.2"
  }
}
