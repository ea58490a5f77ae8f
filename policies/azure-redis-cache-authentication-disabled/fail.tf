# Caches that serve clients without a key or token.
variable "subnet_id" {}

resource "azurerm_redis_cache" "sessions" {
  name                 = "redis-sessions-weu"
  location             = "westeurope"
  resource_group_name  = "rg-web"
  capacity             = 1
  family               = "P"
  sku_name             = "Premium"
  subnet_id            = var.subnet_id
  minimum_tls_version  = "1.2"

  redis_configuration {
    authentication_enabled = false # expect: azure-redis-cache-authentication-disabled "`azurerm_redis_cache.sessions`"
  }
}

variable "redis_auth" {
  type    = bool
  default = false
}

resource "azurerm_redis_cache" "legacy" {
  name                 = "redis-legacy-weu"
  location             = "westeurope"
  resource_group_name  = "rg-web"
  capacity             = 1
  family               = "P"
  sku_name             = "Premium"
  subnet_id            = var.subnet_id

  redis_configuration {
    enable_authentication = var.redis_auth # expect: azure-redis-cache-authentication-disabled "`azurerm_redis_cache.legacy`"
  }
}
