variable "subnet_id" {}

resource "azurerm_machine_learning_compute_cluster" "train" { # expect: azure-machine-learning-compute-local-auth-enabled
  name                          = "train"
  location                      = "westeurope"
  vm_priority                   = "LowPriority"
  vm_size                       = "Standard_DS2_v2"
  machine_learning_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  subnet_resource_id            = var.subnet_id

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 4
    scale_down_nodes_after_idle_duration = "PT30S"
  }
}

resource "azurerm_machine_learning_compute_instance" "notebook" {
  name                          = "notebook"
  machine_learning_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  virtual_machine_size          = "STANDARD_DS2_V2"
  local_auth_enabled            = true # expect: azure-machine-learning-compute-local-auth-enabled
}
