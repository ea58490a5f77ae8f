# Terraform's kubernetes provider writes `hostPID` as `host_pid`.
resource "kubernetes_pod_v1" "debug" {
  metadata {
    name = "debug"
  }
  spec {
    host_pid = true # expect: k8s-pod-host-namespace
    container {
      name  = "shell"
      image = "busybox:1.36"
    }
  }
}

resource "kubernetes_cron_job_v1" "report" {
  metadata {
    name = "report"
  }
  spec {
    schedule = "0 3 * * *"
    job_template {
      metadata {}
      spec {
        template {
          metadata {}
          spec {
            host_network = true # expect: k8s-pod-host-namespace
            container {
              name  = "report"
              image = "registry.example.com/report:1.0.0"
            }
          }
        }
      }
    }
  }
}

resource "kubernetes_deployment" "web" {
  metadata {
    name = "web"
  }
  spec {
    selector {
      match_labels = { app = "web" }
    }
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        host_pid     = false
        host_network = false
        container {
          name  = "web"
          image = "nginx:1.27"
        }
      }
    }
  }
}
