resource "azurerm_firewall_policy" "hub" {
  name                     = "fwpol-hub"
  resource_group_name      = "rg"
  location                 = "westeurope"
  sku                      = "Standard"
  threat_intelligence_mode = "Deny"

  threat_intelligence_allowlist {
    ip_addresses = ["203.0.113.7"]
  }
}

# The firewall takes its threat intelligence mode from its policy.
resource "azurerm_firewall" "hub" {
  name                = "fw-hub"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  firewall_policy_id  = azurerm_firewall_policy.hub.id

  ip_configuration {
    name                 = "configuration"
    subnet_id            = "subnet-id"
    public_ip_address_id = "pip-id"
  }
}

resource "azurerm_firewall" "legacy" {
  name                = "fw-legacy"
  location            = "westeurope"
  resource_group_name = "rg"
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"
  threat_intel_mode   = "Deny"
}

# Basic supports only Alert.
resource "azurerm_firewall_policy" "basic" {
  name                = "fwpol-basic"
  resource_group_name = "rg"
  location            = "westeurope"
  sku                 = "Basic"
}
