# The same container written with Terraform's kubernetes provider: blocks for
# objects, snake case for the API's fields, `container` for each container.
resource "kubernetes_daemon_set_v1" "node_agent" {
  metadata {
    name = "node-agent"
  }
  spec {
    selector {
      match_labels = { app = "node-agent" }
    }
    template {
      metadata {
        labels = { app = "node-agent" }
      }
      spec {
        init_container {
          name  = "sysctl"
          image = "busybox:1.36"
          security_context {
            privileged = true # expect: k8s-container-privileged "container `sysctl` of `kubernetes_daemon_set_v1.node_agent` runs privileged"
          }
        }
        container {
          name  = "agent"
          image = "registry.example.com/agent:2.1.0"
          security_context {
            privileged = false
          }
        }
      }
    }
  }
}

# `kubernetes_manifest` holds the object as the API has it.
resource "kubernetes_manifest" "debug" {
  manifest = {
    apiVersion = "v1"
    kind       = "Pod"
    metadata   = { name = "debug", namespace = "tools" }
    spec = {
      containers = [{
        name            = "shell"
        image           = "busybox:1.36"
        securityContext = { privileged = true } # expect: k8s-container-privileged
      }]
    }
  }
}
