variable "auto_repair" {
  type = bool
}

resource "google_container_node_pool" "manual" {
  name    = "manual"
  cluster = "prod"
  management {
    auto_repair = false # expect: gcp-gke-node-auto-repair-disabled
  }
}

resource "google_container_node_pool" "unknown" {
  name    = "unknown"
  cluster = "prod"
  management {
    auto_repair = var.auto_repair # expect: gcp-gke-node-auto-repair-disabled unknown
  }
}

resource "google_container_cluster" "inline" {
  name     = "inline"
  location = "europe-west1"
  node_pool {
    name = "legacy"
    management {
      auto_repair = false # expect: gcp-gke-node-auto-repair-disabled "`legacy`"
    }
  }
  cluster_autoscaling {
    enabled = true
    auto_provisioning_defaults {
      management {
        auto_repair = false # expect: gcp-gke-node-auto-repair-disabled "auto-provisioned"
      }
    }
  }
}
