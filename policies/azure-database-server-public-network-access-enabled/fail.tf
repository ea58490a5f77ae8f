resource "azurerm_postgresql_server" "single" { # expect: azure-database-server-public-network-access-enabled
  name                    = "single"
  location                = "westeurope"
  resource_group_name     = "rg"
  sku_name                = "GP_Gen5_2"
  version                 = "11"
  ssl_enforcement_enabled = true
}

resource "azurerm_mysql_server" "explicit" {
  name                              = "explicit"
  location                          = "westeurope"
  resource_group_name               = "rg"
  sku_name                          = "GP_Gen5_2"
  version                           = "8.0"
  ssl_enforcement_enabled           = true
  public_network_access_enabled     = true # expect: azure-database-server-public-network-access-enabled
}

resource "azurerm_postgresql_flexible_server" "flex" { # expect: azure-database-server-public-network-access-enabled
  name                = "flex"
  resource_group_name = "rg"
  location            = "westeurope"
  version             = "16"
  sku_name            = "GP_Standard_D2s_v3"
}

resource "azurerm_mysql_flexible_server" "flex" {
  name                  = "flex"
  resource_group_name   = "rg"
  location              = "westeurope"
  sku_name              = "GP_Standard_D2ds_v4"
  public_network_access = "Enabled" # expect: azure-database-server-public-network-access-enabled
}
