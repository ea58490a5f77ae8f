resource "azurerm_web_application_firewall_policy" "detect" {
  name                = "detect"
  resource_group_name = "rg"
  location            = "westeurope"

  policy_settings {
    enabled = false # expect: azure-waf-not-in-prevention-mode "turned off"
    mode    = "Detection" # expect: azure-waf-not-in-prevention-mode "only detects"
  }

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"
    }
  }
}

resource "azurerm_cdn_frontdoor_firewall_policy" "fd" {
  name                = "fd"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  enabled             = false # expect: azure-waf-not-in-prevention-mode "turned off"
  mode                = "Detection" # expect: azure-waf-not-in-prevention-mode "only detects"
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
    firewall_mode    = "Detection" # expect: azure-waf-not-in-prevention-mode
    rule_set_version = "3.2"
  }
}
