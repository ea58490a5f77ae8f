# Flexible servers written with the AzAPI provider.
variable "parent_id" {}

variable "subnet_id" {}

resource "azapi_resource" "private" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01"
  name      = "psql-private"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Standard_D2ds_v5", tier = "GeneralPurpose" }
    properties = {
      version = "16"
      network = { publicNetworkAccess = "Disabled" }
    }
  }
}

# VNet integration: no public endpoint.
resource "azapi_resource" "vnet" {
  type      = "Microsoft.DBforMySQL/flexibleServers@2023-12-30"
  name      = "mysql-vnet"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    sku = { name = "Standard_B1ms", tier = "Burstable" }
    properties = {
      network = { delegatedSubnetResourceId = var.subnet_id }
    }
  }
}

# A replica takes its network settings from its source.
resource "azapi_resource" "replica" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01"
  name      = "psql-replica"
  parent_id = var.parent_id
  location  = "northeurope"
  body = {
    properties = {
      createMode             = "Replica"
      sourceServerResourceId = azapi_resource.private.id
    }
  }
}

# A database is not a server.
resource "azapi_resource" "database" {
  type      = "Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01"
  name      = "app"
  parent_id = azapi_resource.private.id
  body      = { properties = { charset = "UTF8" } }
}
