# Terraform's kubernetes provider puts an object whose metadata names no
# namespace in `default`.
resource "kubernetes_deployment_v1" "api" {
  metadata { # expect: k8s-object-in-default-namespace "Deployment `api` is placed in the default namespace"
    name = "api"
  }
  spec {
    selector {
      match_labels = { app = "api" }
    }
    template {
      metadata {
        labels = { app = "api" }
      }
      spec {
        container {
          name  = "api"
          image = "registry.example.com/api:1.2.3"
        }
      }
    }
  }
}

resource "kubernetes_service_v1" "api" {
  metadata {
    name      = "api"
    namespace = "shop"
  }
  spec {
    selector = { app = "api" }
    port {
      port = 80
    }
  }
}

# Cluster-scoped kinds have no namespace.
resource "kubernetes_cluster_role_v1" "reader" {
  metadata {
    name = "reader"
  }
  rule {
    api_groups = [""]
    resources  = ["pods"]
    verbs      = ["get"]
  }
}

# Objects that govern the namespace they are in: an object of the provider
# that names no namespace governs `default`.
resource "kubernetes_role_v1" "reader" {
  metadata {
    name = "reader"
  }
  rule {
    api_groups = [""]
    resources  = ["pods"]
    verbs      = ["get"]
  }
}

resource "kubernetes_network_policy_v1" "deny" {
  metadata {
    name = "deny"
  }
  spec {
    pod_selector {}
    policy_types = ["Ingress"]
  }
}
