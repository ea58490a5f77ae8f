resource "kubernetes_stateful_set_v1" "db" {
  metadata {
    name = "db"
  }
  spec {
    service_name = "db"
    selector {
      match_labels = { app = "db" }
    }
    template {
      metadata {
        labels = { app = "db" }
      }
      spec {
        container {
          name  = "postgres"
          image = "postgres:16.4"
          security_context {
            allow_privilege_escalation = true # expect: k8s-container-allows-privilege-escalation
          }
        }
        container {
          name  = "exporter"
          image = "registry.example.com/exporter:1.2.0"
          security_context {
            allow_privilege_escalation = false
          }
        }
      }
    }
  }
}
