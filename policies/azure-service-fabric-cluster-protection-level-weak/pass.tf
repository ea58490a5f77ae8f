resource "azurerm_service_fabric_cluster" "explicit" {
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
      "ClusterProtectionLevel" = "EncryptAndSign"
    }
  }

  fabric_settings {
    name = "Diagnostics"
    parameters = {
      "ClusterProtectionLevel" = "None"
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

resource "azurerm_service_fabric_cluster" "secured_default" {
  name                 = "sf-cn"
  resource_group_name  = "rg"
  location             = "westeurope"
  reliability_level    = "Silver"
  upgrade_mode         = "Automatic"
  vm_image             = "Linux"
  management_endpoint  = "https://sf-cn.westeurope.cloudapp.azure.com:19080"

  certificate_common_names {
    common_names {
      certificate_common_name = "sf-cn.example.com"
    }
    x509_store_name = "My"
  }

  node_type {
    name                 = "first"
    instance_count       = 5
    is_primary           = true
    client_endpoint_port = 19000
    http_endpoint_port   = 19080
  }
}
