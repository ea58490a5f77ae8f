variable "workspace_id" {}
variable "training_subnet_id" {}

resource "azurerm_machine_learning_compute_cluster" "cpu" {
  name                          = "cpu-train"
  location                      = "westeurope"
  machine_learning_workspace_id = var.workspace_id
  vm_priority                   = "LowPriority"
  vm_size                       = "Standard_D4s_v3"
  subnet_resource_id            = var.training_subnet_id
  node_public_ip_enabled        = false

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 8
    scale_down_nodes_after_idle_duration = "PT30M"
  }
}

resource "azurerm_machine_learning_compute_instance" "notebook" {
  name                          = "ci-bob"
  machine_learning_workspace_id = var.workspace_id
  virtual_machine_size          = "Standard_DS3_v2"
  subnet_resource_id            = var.training_subnet_id
  node_public_ip_enabled        = false
}

# An inference cluster attaches an existing AKS cluster and has no such setting.
resource "azurerm_machine_learning_inference_cluster" "aks" {
  name                          = "aks-infer"
  location                      = "westeurope"
  machine_learning_workspace_id = var.workspace_id
  kubernetes_cluster_id         = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks"
  cluster_purpose               = "FastProd"
}
