variable "non_ssl" {
  default = true
}

resource "azurerm_redis_cache" "v4" {
  name                 = "v4"
  location             = "westeurope"
  resource_group_name  = "rg"
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = true # expect: azure-redis-cache-non-ssl-port-enabled
}

resource "azurerm_redis_cache" "v3" {
  name                = "v3"
  location            = "westeurope"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = var.non_ssl # expect: azure-redis-cache-non-ssl-port-enabled
}
