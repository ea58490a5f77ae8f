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
