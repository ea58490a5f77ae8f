# SQL servers written with the AzAPI provider.
variable "parent_id" {}

variable "public_network_access_enabled" {
  type    = bool
  default = false
}

resource "azapi_resource" "private" {
  type      = "Microsoft.Sql/servers@2023-08-01"
  name      = "sql-private"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      minimalTlsVersion   = "1.2"
      publicNetworkAccess = var.public_network_access_enabled ? "Enabled" : "Disabled"
    }
  }
}

resource "azapi_resource" "jsonencode" {
  type      = "Microsoft.Sql/servers@2021-11-01"
  name      = "sql-json"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    properties = { version = "12.0", publicNetworkAccess = "disabled" }
  })
}

# A database of the server, not a server.
resource "azapi_resource" "db" {
  type      = "Microsoft.Sql/servers/databases@2023-08-01"
  name      = "app"
  parent_id = azapi_resource.private.id
  location  = "westeurope"
  body = {
    sku        = { name = "GP_S_Gen5_2" }
    properties = { zoneRedundant = true }
  }
}
