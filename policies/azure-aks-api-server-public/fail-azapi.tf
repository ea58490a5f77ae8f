# AKS clusters written with the AzAPI provider.
variable "parent_id" {}

variable "authorized_ranges" {
  default = ["0.0.0.0/0"]
}

# No `apiServerAccessProfile`: a public API server open to every address.
resource "azapi_resource" "open" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "aks-open"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = { # expect: azure-aks-api-server-public fail
      dnsPrefix            = "aks-open"
      disableLocalAccounts = true
    }
  }
}

resource "azapi_resource" "world" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "aks-world"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      dnsPrefix = "aks-world"
      apiServerAccessProfile = { # expect: azure-aks-api-server-public fail "neither private nor limited"
        enablePrivateCluster = false
        authorizedIPRanges   = ["203.0.113.0/24", "0.0.0.0/0"]
      }
    }
  }
}

# `jsonencode()`, with the ranges from a variable with a default.
resource "azapi_resource" "jsonencode" {
  type      = "microsoft.containerservice/managedclusters@2023-01-01"
  name      = "aks-json"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({ # expect: azure-aks-api-server-public fail
    properties = {
      dnsPrefix              = "aks-json"
      apiServerAccessProfile = { authorizedIPRanges = var.authorized_ranges }
    }
  })
}

# A variable without a default: not known statically.
variable "private_cluster" {}

resource "azapi_resource" "unknown" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "aks-unknown"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      dnsPrefix = "aks-unknown"
      apiServerAccessProfile = { # expect: azure-aks-api-server-public unknown
        enablePrivateCluster = var.private_cluster
      }
    }
  }
}
