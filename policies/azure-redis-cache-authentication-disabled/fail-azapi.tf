variable "rg_id" {}

resource "azapi_resource" "open_cache" {
  type      = "Microsoft.Cache/redis@2024-03-01"
  name      = "redis-open-weu"
  parent_id = var.rg_id
  location  = "westeurope"
  body = jsonencode({
    properties = {
      sku                = { name = "Premium", family = "P", capacity = 1 }
      redisConfiguration = { authnotrequired = "true" } # expect: azure-redis-cache-authentication-disabled "`azapi_resource.open_cache`"
    }
  })
}
