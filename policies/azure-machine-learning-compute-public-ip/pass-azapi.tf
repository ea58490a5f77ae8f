variable "workspace_id" {}
variable "subnet_id" {}

resource "azapi_resource" "cluster_private" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2024-04-01"
  name      = "cpu-private"
  parent_id = var.workspace_id
  location  = "westeurope"
  body = {
    properties = {
      computeType = "AmlCompute"
      properties = {
        vmSize             = "Standard_D4s_v3"
        subnet             = { id = var.subnet_id }
        enableNodePublicIp = false
      }
    }
  }
}

# Attached Kubernetes compute has no nodes of its own to address.
resource "azapi_resource" "attached_aks" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2024-04-01"
  name      = "aks-attached"
  parent_id = var.workspace_id
  location  = "westeurope"
  body = {
    properties = {
      computeType = "Kubernetes"
      resourceId  = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks"
    }
  }
}

# The workspace itself is not a compute.
resource "azapi_resource" "workspace" {
  type      = "Microsoft.MachineLearningServices/workspaces@2024-04-01"
  name      = "mlw-weu"
  parent_id = "/subscriptions/0000/resourceGroups/rg"
  location  = "westeurope"
  body = {
    properties = { publicNetworkAccess = "Disabled" }
  }
}
