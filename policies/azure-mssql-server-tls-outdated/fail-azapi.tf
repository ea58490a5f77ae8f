# SQL servers and managed instances written with the AzAPI provider.
variable "parent_id" {}
variable "subnet_id" {}

variable "minimal_tls_version" {
  default = "1.1"
}

resource "azapi_resource" "old" {
  type      = "Microsoft.Sql/servers@2023-08-01"
  name      = "sql-old"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      minimalTlsVersion   = "1.0" # expect: azure-mssql-server-tls-outdated fail "`1.0`"
      publicNetworkAccess = "Disabled"
    }
  }
}

# `None` accepts every version.
resource "azapi_resource" "any" {
  type      = "Microsoft.Sql/servers@2021-11-01"
  name      = "sql-any"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      minimalTlsVersion = "None" # expect: azure-mssql-server-tls-outdated fail "`None`"
    }
  }
}

# A managed instance, with `jsonencode()` and a variable with a default.
resource "azapi_resource" "managed_instance" {
  type      = "microsoft.sql/managedinstances@2023-08-01"
  name      = "sqlmi"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-mssql-server-tls-outdated fail "`1.1`"
    sku = { name = "GP_Gen5" }
    properties = {
      subnetId          = var.subnet_id
      minimalTlsVersion = var.minimal_tls_version
    }
  })
}

# A variable without a default: not known statically.
variable "tls" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.Sql/servers@2023-08-01"
  name      = "sql-unknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      minimalTlsVersion = var.tls # expect: azure-mssql-server-tls-outdated unknown
    }
  }
}
