resource "azurerm_redis_cache" "default" { # expect: azure-redis-cache-public-network-access-enabled
  name                = "default"
  location            = "westeurope"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  minimum_tls_version = "1.2"
}

resource "azurerm_redis_cache" "explicit" {
  name                          = "explicit"
  location                      = "westeurope"
  resource_group_name           = "rg"
  capacity                      = 1
  family                        = "C"
  sku_name                      = "Basic"
  public_network_access_enabled = true # expect: azure-redis-cache-public-network-access-enabled
}
