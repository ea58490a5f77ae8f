data "azurerm_client_config" "current" {}

variable "cluster_app_id" {}
variable "client_app_id" {}

resource "azurerm_service_fabric_cluster" "entra" {
  name                 = "sf-prod"
  resource_group_name  = "rg"
  location             = "westeurope"
  reliability_level    = "Silver"
  upgrade_mode         = "Automatic"
  vm_image             = "Windows"
  management_endpoint  = "https://sf-prod.westeurope.cloudapp.azure.com:19080"

  certificate {
    thumbprint      = "3341DB6CF2AF72C611DF3BE3721A653AF1D43ECD"
    x509_store_name = "My"
  }

  azure_active_directory {
    tenant_id              = data.azurerm_client_config.current.tenant_id
    cluster_application_id = var.cluster_app_id
    client_application_id  = var.client_app_id
  }

  node_type {
    name                 = "first"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}
