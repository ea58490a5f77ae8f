# Workspaces that accept only Microsoft Entra ID authentication.

resource "azurerm_log_analytics_workspace" "siem" {
  name                          = "law-siem-neu"
  location                      = "northeurope"
  resource_group_name           = "rg-security"
  sku                           = "PerGB2018"
  retention_in_days             = 365
  local_authentication_disabled = true
}

resource "azurerm_log_analytics_workspace" "platform" {
  name                         = "law-platform-neu"
  location                     = "northeurope"
  resource_group_name          = "rg-security"
  sku                          = "PerGB2018"
  local_authentication_enabled = false
}
