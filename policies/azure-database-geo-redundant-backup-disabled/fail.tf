resource "azurerm_postgresql_flexible_server" "main" { # expect: azure-database-geo-redundant-backup-disabled
  name                = "acme-pg"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
}

resource "azurerm_mysql_server" "single" {
  name                         = "acme-mysql"
  location                     = "westeurope"
  resource_group_name          = "rg"
  sku_name                     = "GP_Gen5_2"
  version                      = "8.0"
  administrator_login          = "mysqladmin"
  administrator_login_password = "unused"
  ssl_enforcement_enabled      = true
  geo_redundant_backup_enabled = false # expect: azure-database-geo-redundant-backup-disabled
}
