resource "azurerm_cdn_frontdoor_firewall_policy" "drs" {
  name                = "wafdrs"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
  mode                = "Prevention"

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
    action  = "Block"

    override {
      rule_group_name = "JAVA"

      # `enabled` left out: an override disables the rule by default.
      rule { # expect: azure-waf-log4shell-rule-disabled "turns off rule 944240"
        rule_id = "944240"
        action  = "Block"
      }
    }
  }
}

resource "azurerm_frontdoor_firewall_policy" "classic" {
  name                = "wafclassic"
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
        action  = "Log" # expect: azure-waf-log4shell-rule-disabled "`Log`"
      }
    }
  }
}

resource "azurerm_web_application_firewall_policy" "v3" {
  name                = "wafpolicy-v3"
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
          enabled = false # expect: azure-waf-log4shell-rule-disabled "WAF policy `azurerm_web_application_firewall_policy.v3` turns off"
        }

        rule {
          id      = "944250"
          enabled = true
          action  = "Allow"
        }
      }
    }
  }
}

resource "azurerm_web_application_firewall_policy" "allow" {
  name                = "wafpolicy-allow"
  resource_group_name = "rg"
  location            = "westeurope"

  managed_rules {
    managed_rule_set {
      type    = "Microsoft_DefaultRuleSet"
      version = "2.1"

      rule_group_override {
        rule_group_name = "JAVA"

        rule {
          id      = "944240"
          enabled = true
          action  = "Allow" # expect: azure-waf-log4shell-rule-disabled "`Allow`"
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
        rule_group_name = "REQUEST-944-APPLICATION-ATTACK-JAVA"
        disabled_rules  = ["944200", "944240"] # expect: azure-waf-log4shell-rule-disabled "disables rule 944240"
      }
    }
  }
}

resource "azurerm_application_gateway" "rule" {
  name                = "agw-rule"
  resource_group_name = "rg"
  location            = "westeurope"

  waf_configuration {
    enabled          = true
    firewall_mode    = "Prevention"
    rule_set_type    = "OWASP"
    rule_set_version = "3.2"

    disabled_rule_group {
      rule_group_name = "REQUEST-944-APPLICATION-ATTACK-JAVA"
      rules           = [944240] # expect: azure-waf-log4shell-rule-disabled "`azurerm_application_gateway.rule`"
    }
  }
}

resource "azurerm_application_gateway" "group" {
  name                = "agw-group"
  resource_group_name = "rg"
  location            = "westeurope"

  waf_configuration {
    enabled          = true
    firewall_mode    = "Prevention"
    rule_set_type    = "OWASP"
    rule_set_version = "3.2"

    disabled_rule_group {
      rule_group_name = "REQUEST-944-APPLICATION-ATTACK-JAVA" # expect: azure-waf-log4shell-rule-disabled "Java rule group"
    }
  }
}
