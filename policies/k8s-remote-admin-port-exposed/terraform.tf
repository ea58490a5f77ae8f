# A bastion written with Terraform's kubernetes provider. The port given by
# a variable is not known and not reported.
variable "proxy_port" {
  type = number
}

resource "kubernetes_service" "bastion" {
  metadata {
    name      = "bastion"
    namespace = "ops"
  }
  spec {
    selector = {
      app = "bastion"
    }
    type = "LoadBalancer"
    port {
      port        = 22 # expect: k8s-remote-admin-port-exposed "`kubernetes_service.bastion` exposes remote administration port 22"
      target_port = 2222
    }
    port {
      port        = var.proxy_port
      target_port = var.proxy_port
    }
  }
}

resource "kubernetes_deployment" "bastion" {
  metadata {
    name      = "bastion"
    namespace = "ops"
  }
  spec {
    selector {
      match_labels = {
        app = "bastion"
      }
    }
    template {
      metadata {
        labels = {
          app = "bastion"
        }
      }
      spec {
        container {
          name  = "sshd"
          image = "registry.example.com/sshd:9.6.0"
          port {
            container_port = 2222
            host_port      = 22 # expect: k8s-remote-admin-port-exposed "binds remote administration port 22 of its node"
          }
          port {
            container_port = var.proxy_port
          }
        }
      }
    }
  }
}
