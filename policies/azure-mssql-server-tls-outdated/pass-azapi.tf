# SQL servers and managed instances written with the AzAPI provider.
variable "parent_id" {}
variable "subnet_id" {}

variable "minimal_tls_version" {
  type    = string
  default = "1.3"
}

# No `minimalTlsVersion`: Azure gives new servers 1.2.
resource "azapi_resource" "default" {
  type      = "Microsoft.Sql/servers@2023-08-01"
  name      = "sql-default"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = { publicNetworkAccess = "Disabled" }
  }
}

resource "azapi_resource" "explicit" {
  type      = "Microsoft.Sql/servers@2023-08-01"
  name      = "sql-explicit"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = { minimalTlsVersion = var.minimal_tls_version }
  }
}

resource "azapi_resource" "managed_instance" {
  type      = "Microsoft.Sql/managedInstances@2023-08-01"
  name      = "sqlmi"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    sku        = { name = "GP_Gen5" }
    properties = { subnetId = var.subnet_id, minimalTlsVersion = "1.2" }
  })
}

# A firewall rule of the server, not a server.
resource "azapi_resource" "firewall_rule" {
  type      = "Microsoft.Sql/servers/firewallRules@2023-08-01"
  name      = "office"
  parent_id = azapi_resource.default.id
  body = {
    properties = { startIpAddress = "203.0.113.1", endIpAddress = "203.0.113.1" }
  }
}
