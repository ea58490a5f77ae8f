resource "azurerm_redis_cache" "old" {
  name                = "old"
  location            = "westeurope"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.0" # expect: azure-redis-cache-tls-outdated "`1.0`"
}

resource "azurerm_redis_cache" "one_one" {
  name                = "oneone"
  location            = "westeurope"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.1" # expect: azure-redis-cache-tls-outdated
}
