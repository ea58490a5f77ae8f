# HashiCorp's tutorials ship a `terraform.tfvars` whose secret is masked
# with asterisks in the shape of the real value (a UUID here), for the
# reader to replace: a mask is no password.
variable "app_id" {}
variable "password" {}

resource "azurerm_kubernetes_cluster" "default" {
  name                = "aks"
  location            = "westus2"
  resource_group_name = "rg"
  dns_prefix          = "aks"

  default_node_pool {
    name       = "default"
    node_count = 2
    vm_size    = "Standard_D2_v2"
  }

  service_principal {
    client_id     = var.app_id
    client_secret = var.password
  }
}
