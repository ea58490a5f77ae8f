# Written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "bad1" {
  type      = "Microsoft.Cache/redis@2024-03-01"
  name      = "acme-bad1"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    properties = {
      sku              = { name = "Standard", family = "C", capacity = 1 }
      enableNonSslPort = true # expect: azure-redis-cache-non-ssl-port-enabled
    }
  })
}
