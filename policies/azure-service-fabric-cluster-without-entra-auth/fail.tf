resource "azurerm_service_fabric_cluster" "certs_only" { # expect: azure-service-fabric-cluster-without-entra-auth
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

  client_certificate_thumbprint {
    thumbprint = "33:41:DB:6C:F2:AF:72:C6:11:DF:3B:E3:72:1A:65:3A:F1:D4:3E:CD"
    is_admin   = true
  }

  node_type {
    name                 = "first"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}
