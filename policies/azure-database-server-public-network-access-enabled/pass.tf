variable "subnet_id" {}
variable "dns_zone_id" {}

resource "azurerm_mariadb_server" "private" {
  name                          = "private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  sku_name                      = "GP_Gen5_2"
  version                       = "10.3"
  ssl_enforcement_enabled       = true
  public_network_access_enabled = false
}

# VNet integration: no public endpoint.
resource "azurerm_postgresql_flexible_server" "vnet" {
  name                          = "vnet"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  delegated_subnet_id           = var.subnet_id
  private_dns_zone_id           = var.dns_zone_id
  public_network_access_enabled = false
}

resource "azurerm_postgresql_flexible_server" "private_endpoint" {
  name                          = "pe"
  resource_group_name           = "rg"
  location                      = "westeurope"
  version                       = "16"
  sku_name                      = "GP_Standard_D2s_v3"
  public_network_access_enabled = false
}

resource "azurerm_mysql_flexible_server" "vnet" {
  name                = "vnet"
  resource_group_name = "rg"
  location            = "westeurope"
  sku_name            = "GP_Standard_D2ds_v4"
  delegated_subnet_id = var.subnet_id
  private_dns_zone_id = var.dns_zone_id
}

resource "azurerm_mysql_flexible_server" "disabled" {
  name                  = "disabled"
  resource_group_name   = "rg"
  location              = "westeurope"
  sku_name              = "GP_Standard_D2ds_v4"
  public_network_access = "Disabled"
}

resource "azurerm_postgresql_flexible_server" "replica" {
  name             = "replica"
  resource_group_name = "rg"
  location         = "northeurope"
  create_mode      = "Replica"
  source_server_id = azurerm_postgresql_flexible_server.vnet.id
}
