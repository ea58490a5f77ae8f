# Compute whose nodes get public addresses.
variable "workspace_id" {}
variable "training_subnet_id" {}

resource "azurerm_machine_learning_compute_cluster" "gpu" { # expect: azure-machine-learning-compute-public-ip "`azurerm_machine_learning_compute_cluster.gpu`"
  name                          = "gpu-train"
  location                      = "westeurope"
  machine_learning_workspace_id = var.workspace_id
  vm_priority                   = "Dedicated"
  vm_size                       = "Standard_NC6s_v3"
  subnet_resource_id            = var.training_subnet_id

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 4
    scale_down_nodes_after_idle_duration = "PT15M"
  }
}

resource "azurerm_machine_learning_compute_instance" "notebook" {
  name                          = "ci-alice"
  machine_learning_workspace_id = var.workspace_id
  virtual_machine_size          = "Standard_DS3_v2"
  node_public_ip_enabled        = true # expect: azure-machine-learning-compute-public-ip "`azurerm_machine_learning_compute_instance.notebook`"
}
