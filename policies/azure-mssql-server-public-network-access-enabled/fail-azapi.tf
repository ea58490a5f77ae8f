# SQL servers written with the AzAPI provider.
variable "parent_id" {}

variable "public_network_access" {
  default = "Enabled"
}

# No `publicNetworkAccess`: ARM's default is `Enabled`.
resource "azapi_resource" "default" {
  type      = "Microsoft.Sql/servers@2023-08-01"
  name      = "sql-default"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = { # expect: azure-mssql-server-public-network-access-enabled fail "`publicNetworkAccess`"
      minimalTlsVersion = "1.2"
      administrators = {
        azureADOnlyAuthentication = true
        login                     = "sql-admins"
        sid                       = "00000000-0000-0000-0000-000000000000"
      }
    }
  }
}

# A network security perimeter still leaves the public endpoint.
resource "azapi_resource" "perimeter" {
  type      = "Microsoft.Sql/servers@2023-08-01"
  name      = "sql-perimeter"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      publicNetworkAccess = "SecuredByPerimeter" # expect: azure-mssql-server-public-network-access-enabled fail
    }
  }
}

# `jsonencode()`, with the value from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.sql/servers@2021-11-01"
  name      = "sql-json"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-mssql-server-public-network-access-enabled fail
    properties = {
      version             = "12.0"
      publicNetworkAccess = var.public_network_access
    }
  })
}

# A variable without a default: not known statically.
variable "access" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.Sql/servers@2023-08-01"
  name      = "sql-unknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      publicNetworkAccess = var.access # expect: azure-mssql-server-public-network-access-enabled unknown
    }
  }
}
