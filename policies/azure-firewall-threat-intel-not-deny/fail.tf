resource "azurerm_firewall_policy" "default" { # expect: azure-firewall-threat-intel-not-deny "`Alert`"
  name                = "fwpol-default"
  resource_group_name = "rg"
  location            = "westeurope"
}

resource "azurerm_firewall_policy" "off" {
  name                     = "fwpol-off"
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku                      = "Premium"
  threat_intelligence_mode = "Off" # expect: azure-firewall-threat-intel-not-deny "`Off`"
}

resource "azurerm_firewall" "classic_rules" {
  name                = "fw-classic"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  threat_intel_mode   = "Alert" # expect: azure-firewall-threat-intel-not-deny "firewall `azurerm_firewall.classic_rules`"

  ip_configuration {
    name                 = "configuration"
    subnet_id            = "subnet-id"
    public_ip_address_id = "pip-id"
  }
}
