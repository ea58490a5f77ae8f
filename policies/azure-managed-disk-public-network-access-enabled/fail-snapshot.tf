resource "azurerm_snapshot" "nightly" { # expect: azure-managed-disk-public-network-access-enabled "disk snapshot `azurerm_snapshot.nightly`"
  name                = "snap-db-nightly"
  location            = "westeurope"
  resource_group_name = "rg"
  create_option       = "Copy"
  source_uri          = azurerm_managed_disk.db.id
}

resource "azurerm_snapshot" "before_upgrade" {
  name                          = "snap-db-before-upgrade"
  location                      = "westeurope"
  resource_group_name           = "rg"
  create_option                 = "Copy"
  source_uri                    = azurerm_managed_disk.db.id
  public_network_access_enabled = true # expect: azure-managed-disk-public-network-access-enabled
}
