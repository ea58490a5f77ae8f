variable "rg_id" {}

resource "azapi_resource" "cache" {
  type      = "Microsoft.Cache/redis@2024-03-01"
  name      = "redis-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = {
    properties = {
      sku                = { name = "Standard", family = "C", capacity = 1 }
      redisConfiguration = { "maxmemory-policy" = "allkeys-lru" }
    }
  }
}

# Another resource type with the same key is not a cache.
resource "azapi_resource" "enterprise" {
  type      = "Microsoft.Cache/redisEnterprise@2024-02-01"
  name      = "redisent-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = {
    sku        = { name = "Enterprise_E10", capacity = 2 }
    properties = { redisConfiguration = { authnotrequired = "true" } }
  }
}
