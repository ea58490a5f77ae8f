# Flexible servers written with the AzAPI provider.
variable "parent_id" {}

resource "azapi_resource" "postgres" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01"
  name      = "psql-public"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Standard_D2ds_v5", tier = "GeneralPurpose" }
    properties = {
      version = "16"
      network = {
        publicNetworkAccess = "Enabled" # expect: azure-database-server-public-network-access-enabled "`azapi_resource.postgres`"
      }
    }
  }
}

# Without a delegated subnet, ARM turns public access on.
resource "azapi_resource" "mysql" {
  type      = "Microsoft.DBforMySQL/flexibleServers@2023-12-30"
  name      = "mysql-default"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    sku = { name = "Standard_B1ms", tier = "Burstable" }
    properties = { # expect: azure-database-server-public-network-access-enabled "`azapi_resource.mysql`"
      version = "8.0.21"
    }
  })
}
