variable "subnet_id" {}

resource "azurerm_application_gateway" "standard" {
  name                = "standard"
  resource_group_name = "rg"
  location            = "westeurope"

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2" # expect: azure-application-gateway-without-waf "`Standard_v2` tier"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gw"
    subnet_id = var.subnet_id
  }
}

resource "azurerm_application_gateway" "waf_off" { # expect: azure-application-gateway-without-waf "neither"
  name                = "wafoff"
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
    enabled          = false
    firewall_mode    = "Prevention"
    rule_set_version = "3.2"
  }
}
