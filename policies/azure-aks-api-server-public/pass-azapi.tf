# AKS clusters written with the AzAPI provider.
variable "parent_id" {}

variable "operator_ranges" {
  default = ["203.0.113.0/24"]
}

resource "azapi_resource" "private" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "aks-private"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      dnsPrefix              = "aks-private"
      apiServerAccessProfile = { enablePrivateCluster = true }
    }
  }
}

resource "azapi_resource" "restricted" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "aks-restricted"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      dnsPrefix              = "aks-restricted"
      apiServerAccessProfile = { authorizedIPRanges = var.operator_ranges }
    }
  }
}

resource "azapi_resource" "jsonencode" {
  type      = "Microsoft.ContainerService/managedClusters@2023-01-01"
  name      = "aks-json"
  parent_id = var.parent_id
  location  = "westeurope"
  body = jsonencode({
    properties = {
      dnsPrefix              = "aks-json"
      apiServerAccessProfile = { authorizedIPRanges = ["198.51.100.0/24"] }
    }
  })
}

# A maintenance configuration of the cluster, not a cluster.
resource "azapi_resource" "maintenance" {
  type      = "Microsoft.ContainerService/managedClusters/maintenanceConfigurations@2024-09-01"
  name      = "aksManagedAutoUpgradeSchedule"
  parent_id = azapi_resource.private.id
  body = {
    properties = {
      maintenanceWindow = { durationHours = 4, startTime = "01:00", schedule = { weekly = { dayOfWeek = "Sunday", intervalWeeks = 1 } } }
    }
  }
}
