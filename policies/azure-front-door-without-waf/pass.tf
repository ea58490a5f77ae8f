resource "azurerm_cdn_frontdoor_profile" "web" {
  name                = "afd-web"
  resource_group_name = "rg"
  sku_name            = "Premium_AzureFrontDoor"
}

resource "azurerm_cdn_frontdoor_endpoint" "web" {
  name                     = "web"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.web.id
}

resource "azurerm_cdn_frontdoor_firewall_policy" "web" {
  name                = "wafweb"
  resource_group_name = "rg"
  sku_name            = azurerm_cdn_frontdoor_profile.web.sku_name
  mode                = "Prevention"

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
    action  = "Block"
  }
}

resource "azurerm_cdn_frontdoor_security_policy" "web" {
  name                     = "web-waf"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.web.id

  security_policies {
    firewall {
      cdn_frontdoor_firewall_policy_id = azurerm_cdn_frontdoor_firewall_policy.web.id
      association {
        domain {
          cdn_frontdoor_domain_id = azurerm_cdn_frontdoor_endpoint.web.id
        }
        patterns_to_match = ["/*"]
      }
    }
  }
}

resource "azurerm_frontdoor" "classic" {
  name                = "fd-classic"
  resource_group_name = "rg"

  frontend_endpoint {
    name                                    = "default"
    host_name                               = "fd-classic.azurefd.net"
    web_application_firewall_policy_link_id = azurerm_frontdoor_firewall_policy.classic.id
  }
}

resource "azurerm_frontdoor_firewall_policy" "classic" {
  name                = "wafclassic"
  resource_group_name = "rg"
  mode                = "Prevention"
}
