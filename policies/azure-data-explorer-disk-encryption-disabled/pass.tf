resource "azurerm_kusto_cluster" "encrypted" {
  name                    = "kcencrypted"
  location                = "westeurope"
  resource_group_name     = "rg"
  disk_encryption_enabled = true

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}

# Not set: the default, which this policy does not require to change.
resource "azurerm_kusto_cluster" "default" {
  name                = "kcdefault"
  location            = "westeurope"
  resource_group_name = "rg"

  sku {
    name     = "Standard_E2ads_v5"
    capacity = 2
  }
}
