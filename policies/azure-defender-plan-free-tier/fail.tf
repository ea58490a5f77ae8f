resource "azurerm_security_center_subscription_pricing" "vms" {
  tier = "Free" # expect: azure-defender-plan-free-tier "`VirtualMachines`"
}

resource "azurerm_security_center_subscription_pricing" "storage" {
  tier          = "Free" # expect: azure-defender-plan-free-tier "`StorageAccounts`"
  resource_type = "StorageAccounts"
}

resource "azurerm_security_center_setting" "endpoint" {
  setting_name = "WDATP"
  enabled      = false # expect: azure-defender-plan-free-tier "Defender for Endpoint integration"
}
