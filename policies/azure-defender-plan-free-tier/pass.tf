resource "azurerm_security_center_subscription_pricing" "vms" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
  subplan       = "P2"
}

resource "azurerm_security_center_subscription_pricing" "plans" {
  for_each      = toset(["SqlServers", "KeyVaults", "Containers", "Arm"])
  tier          = "Standard"
  resource_type = each.value
}

resource "azurerm_security_center_setting" "endpoint" {
  setting_name = "WDATP"
  enabled      = true
}

# Only the endpoint integration is checked.
resource "azurerm_security_center_setting" "cloud_apps" {
  setting_name = "MCAS"
  enabled      = false
}
