data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "app" {
  name                       = "kv-app-prod"
  location                   = "westeurope"
  resource_group_name        = "rg-app"
  tenant_id                  = data.azurerm_client_config.current.tenant_id
  sku_name                   = "standard"
  purge_protection_enabled   = true
  rbac_authorization_enabled = true
}

resource "azurerm_key_vault" "older_provider" {
  name                      = "kv-app-dr"
  location                  = "northeurope"
  resource_group_name       = "rg-app"
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = "standard"
  purge_protection_enabled  = true
  enable_rbac_authorization = true
}
