resource "azurerm_redis_cache" "default" {
  name                = "default"
  location            = "westeurope"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
}

resource "azurerm_redis_cache" "off" {
  name                 = "off"
  location             = "westeurope"
  resource_group_name  = "rg"
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = false
}

resource "azurerm_redis_cache" "v3_off" {
  name                = "v3off"
  location            = "westeurope"
  resource_group_name = "rg"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = false
}
