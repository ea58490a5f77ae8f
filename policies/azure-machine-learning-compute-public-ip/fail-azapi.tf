# Compute written with the AzAPI provider.
variable "workspace_id" {}

# ARM gives the nodes public addresses when the body does not say otherwise.
resource "azapi_resource" "cluster_default" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2024-04-01"
  name      = "cpu-default"
  parent_id = var.workspace_id
  location  = "westeurope"
  body = {
    properties = {
      computeType = "AmlCompute"
      properties = { # expect: azure-machine-learning-compute-public-ip "`azapi_resource.cluster_default`"
        vmSize        = "Standard_D4s_v3"
        scaleSettings = { minNodeCount = 0, maxNodeCount = 2 }
      }
    }
  }
}

resource "azapi_resource" "instance_public" {
  type      = "Microsoft.MachineLearningServices/workspaces/computes@2024-04-01"
  name      = "ci-carol"
  parent_id = var.workspace_id
  location  = "westeurope"
  body = jsonencode({
    properties = {
      computeType = "ComputeInstance"
      properties = {
        vmSize             = "Standard_DS3_v2"
        enableNodePublicIp = true # expect: azure-machine-learning-compute-public-ip "`azapi_resource.instance_public`"
      }
    }
  })
}
