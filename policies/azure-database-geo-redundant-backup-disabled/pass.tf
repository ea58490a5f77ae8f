resource "azurerm_postgresql_flexible_server" "main" {
  name                         = "acme-pg"
  resource_group_name          = "rg"
  location                     = "westeurope"
  version                      = "16"
  sku_name                     = "GP_Standard_D2s_v3"
  geo_redundant_backup_enabled = true
}

resource "azurerm_postgresql_flexible_server" "replica" {
  name                = "acme-pg-replica"
  resource_group_name = "rg"
  location            = "northeurope"
  create_mode         = "Replica"
  source_server_id    = azurerm_postgresql_flexible_server.main.id
}

resource "azurerm_postgresql_server" "basic" {
  name                         = "acme-pg-basic"
  location                     = "westeurope"
  resource_group_name          = "rg"
  sku_name                     = "B_Gen5_1"
  version                      = "11"
  administrator_login          = "pgadmin"
  administrator_login_password = "unused"
  ssl_enforcement_enabled      = true
}
