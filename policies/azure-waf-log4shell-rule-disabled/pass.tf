# The managed rule sets enable rule 944240 by default.
resource "azurerm_cdn_frontdoor_firewall_policy" "default" {
  name                = "wafdefault"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
    action  = "Block"
  }
}

resource "azurerm_frontdoor_firewall_policy" "overridden" {
  name                = "wafoverridden"
  resource_group_name = "rg"
  mode                = "Prevention"

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "1.1"

    override {
      rule_group_name = "JAVA"

      rule {
        rule_id = "944240"
        enabled = true
        action  = "Redirect"
      }

      rule {
        rule_id = "944100"
        action  = "Log"
      }
    }
  }
}

resource "azurerm_web_application_firewall_policy" "tuned" {
  name                = "wafpolicy-tuned"
  resource_group_name = "rg"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.2"

      rule_group_override {
        rule_group_name = "REQUEST-944-APPLICATION-ATTACK-JAVA"

        rule {
          id      = "944240"
          enabled = true
          action  = "AnomalyScoring"
        }

        rule {
          id      = "944200"
          enabled = false
        }
      }
    }
  }
}

resource "azurerm_web_application_firewall_policy" "v2" {
  name                = "wafpolicy-v2"
  resource_group_name = "rg"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "OWASP"
      version = "3.1"

      rule_group_override {
        rule_group_name = "REQUEST-942-APPLICATION-ATTACK-SQLI"
        disabled_rules  = ["942200"]
      }
    }
  }
}

resource "azurerm_application_gateway" "tuned" {
  name                = "agw-tuned"
  resource_group_name = "rg"
  location            = "westeurope"

  waf_configuration {
    enabled          = true
    firewall_mode    = "Prevention"
    rule_set_type    = "OWASP"
    rule_set_version = "3.2"

    disabled_rule_group {
      rule_group_name = "REQUEST-944-APPLICATION-ATTACK-JAVA"
      rules           = [944200]
    }

    disabled_rule_group {
      rule_group_name = "REQUEST-920-PROTOCOL-ENFORCEMENT"
    }
  }
}
