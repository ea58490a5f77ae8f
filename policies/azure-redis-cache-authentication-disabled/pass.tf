resource "azurerm_redis_cache" "default" {
  name                = "redis-default-neu"
  location            = "northeurope"
  resource_group_name = "rg-web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_cache" "tuned" {
  name                = "redis-tuned-neu"
  location            = "northeurope"
  resource_group_name = "rg-web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"

  redis_configuration {
    maxmemory_policy = "volatile-lru"
  }
}

resource "azurerm_redis_cache" "explicit" {
  name                = "redis-explicit-neu"
  location            = "northeurope"
  resource_group_name = "rg-web"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"

  redis_configuration {
    authentication_enabled = true
    enable_authentication  = true
  }
}
