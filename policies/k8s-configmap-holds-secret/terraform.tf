resource "kubernetes_manifest" "app" {
  manifest = {
    apiVersion = "v1"
    kind       = "ConfigMap"
    metadata = {
      name      = "app"
      namespace = "shop"
    }
    data = {
      "api_key"  = "d41d8cd98f00b204e9800998ecf8427e" # expect: k8s-configmap-holds-secret "in `api_key`"
      "password" = var.db_password
      "replicas" = 3
    }
  }
}

variable "db_password" {
  type      = string
  sensitive = true
}

# The provider's own resource reads the same.
resource "kubernetes_config_map_v1" "worker" {
  metadata {
    name      = "worker"
    namespace = "shop"
  }
  data = {
    "api_key"  = "9e107d9d372bb6826bd81d3542a419d6" # expect: k8s-configmap-holds-secret "in `api_key`"
    "password" = var.db_password
  }
}
