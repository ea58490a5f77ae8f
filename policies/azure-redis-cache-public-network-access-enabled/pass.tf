variable "subnet_id" {}

resource "azurerm_redis_cache" "private" {
  name                          = "private"
  location                      = "westeurope"
  resource_group_name           = "rg"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Standard"
  public_network_access_enabled = false
}

resource "azurerm_redis_cache" "vnet" {
  name                = "vnet"
  location            = "westeurope"
  resource_group_name = "rg"
  capacity            = 1
  family              = "P"
  sku_name            = "Premium"
  subnet_id           = var.subnet_id
}

resource "azurerm_redis_cache" "firewalled" {
  name                = "firewalled"
  location            = "westeurope"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_firewall_rule" "office" {
  name                = "office"
  redis_cache_name    = azurerm_redis_cache.firewalled.name
  resource_group_name = "rg"
  start_ip            = "203.0.113.1"
  end_ip              = "203.0.113.254"
}
