resource "kubernetes_service_v1" "admin" {
  metadata {
    name = "admin"
  }
  spec {
    type = "NodePort" # expect: k8s-service-uses-node-port
    selector = { app = "admin" }
    port {
      port        = 443
      target_port = 8443
    }
  }
}

resource "kubernetes_service_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    type     = "ClusterIP"
    selector = { app = "web" }
    port {
      port = 80
    }
  }
}
