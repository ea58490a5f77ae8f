resource "azurerm_machine_learning_compute_cluster" "train" {
  name                          = "train"
  location                      = "westeurope"
  vm_priority                   = "Dedicated"
  vm_size                       = "Standard_DS2_v2"
  machine_learning_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  local_auth_enabled            = false
  node_public_ip_enabled        = false

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 2
    scale_down_nodes_after_idle_duration = "PT5M"
  }
}

resource "azurerm_machine_learning_compute_instance" "notebook" {
  name                          = "notebook"
  machine_learning_workspace_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.MachineLearningServices/workspaces/mlw"
  virtual_machine_size          = "STANDARD_DS2_V2"
  local_auth_enabled            = false
}
