data "azurerm_client_config" "current" {}

resource "azurerm_key_vault" "app" { # expect: azure-key-vault-rbac-disabled
  name                     = "kv-app-prod"
  location                 = "westeurope"
  resource_group_name      = "rg-app"
  tenant_id                = data.azurerm_client_config.current.tenant_id
  sku_name                 = "standard"
  purge_protection_enabled = true

  access_policy {
    tenant_id          = data.azurerm_client_config.current.tenant_id
    object_id          = data.azurerm_client_config.current.object_id
    secret_permissions = ["Get", "List", "Set", "Delete"]
  }
}

resource "azurerm_key_vault" "legacy" { # expect: azure-key-vault-rbac-disabled
  name                      = "kv-legacy-prod"
  location                  = "westeurope"
  resource_group_name       = "rg-app"
  tenant_id                 = data.azurerm_client_config.current.tenant_id
  sku_name                  = "standard"
  purge_protection_enabled  = true
  enable_rbac_authorization = false
}
