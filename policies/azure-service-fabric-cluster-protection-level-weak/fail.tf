resource "azurerm_service_fabric_cluster" "unsecured" { # expect: azure-service-fabric-cluster-protection-level-weak "no cluster certificate"
  name                 = "sf-dev"
  resource_group_name  = "rg"
  location             = "westeurope"
  reliability_level    = "Bronze"
  upgrade_mode         = "Automatic"
  vm_image             = "Windows"
  management_endpoint  = "http://sf-dev.westeurope.cloudapp.azure.com:19080"

  node_type {
    name                 = "first"
    instance_count       = 3
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}

resource "azurerm_service_fabric_cluster" "signed_only" {
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

  fabric_settings {
    name = "Security"
    parameters = {
      "ClusterProtectionLevel" = "Sign" # expect: azure-service-fabric-cluster-protection-level-weak "`Sign`"
    }
  }

  node_type {
    name                 = "first"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}
