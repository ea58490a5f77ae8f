resource "azurerm_snapshot" "closed" {
  name                          = "snap-db-closed"
  location                      = "westeurope"
  resource_group_name           = "rg"
  create_option                 = "Copy"
  source_uri                    = azurerm_managed_disk.db.id
  public_network_access_enabled = false
}

resource "azurerm_snapshot" "private_export" {
  name                  = "snap-db-private"
  location              = "westeurope"
  resource_group_name   = "rg"
  create_option         = "Copy"
  source_uri            = azurerm_managed_disk.db.id
  network_access_policy = "AllowPrivate"
  disk_access_id        = azurerm_disk_access.db.id
}
