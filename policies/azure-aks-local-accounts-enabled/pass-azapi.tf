# AKS clusters written with the AzAPI provider.
variable "parent_id" {}

variable "admin_group_ids" {
  default = ["00000000-0000-0000-0000-000000000000"]
}

variable "local_account_disabled" {
  type    = bool
  default = true
}

resource "azapi_resource" "entra" {
  type      = "Microsoft.ContainerService/managedClusters@2024-09-01"
  name      = "aks-entra"
  parent_id = var.parent_id
  location  = "westeurope"
  body = {
    properties = {
      dnsPrefix            = "aks-entra"
      disableLocalAccounts = var.local_account_disabled
      aadProfile = {
        managed             = true
        enableAzureRBAC     = true
        adminGroupObjectIDs = var.admin_group_ids
      }
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
      dnsPrefix            = "aks-json"
      disableLocalAccounts = true
      aadProfile           = { managed = true, enableAzureRBAC = true }
    }
  })
}

# A node pool of the cluster, not a cluster.
resource "azapi_resource" "pool" {
  type      = "Microsoft.ContainerService/managedClusters/agentPools@2024-09-01"
  name      = "user"
  parent_id = azapi_resource.entra.id
  body = {
    properties = { count = 2, vmSize = "Standard_D4ds_v5", mode = "User" }
  }
}

# AKS Automatic: Entra ID with Azure RBAC is preconfigured and local accounts
# are off; the Azure Verified Module leaves `disableLocalAccounts` out.
resource "azapi_resource" "automatic" {
  type      = "Microsoft.ContainerService/managedClusters@2025-07-01"
  name      = "aks-auto-shop"
  parent_id = var.parent_id
  location  = "swedencentral"
  identity {
    type = "SystemAssigned"
  }
  body = {
    sku = { name = "Automatic", tier = "Standard" }
    properties = {
      agentPoolProfiles = [{
        name = "systempool"
        mode = "System"
      }]
    }
  }
}
