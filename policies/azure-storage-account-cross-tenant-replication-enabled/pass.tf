resource "azurerm_storage_account" "closed" {
  name                             = "stclosedneu"
  resource_group_name              = "rg-data"
  location                         = "northeurope"
  account_tier                     = "Standard"
  account_replication_type         = "ZRS"
  cross_tenant_replication_enabled = false
}

# The provider's default (azurerm v4) keeps replication inside the tenant.
resource "azurerm_storage_account" "default" {
  name                     = "stdefaultneu"
  resource_group_name      = "rg-data"
  location                 = "northeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
