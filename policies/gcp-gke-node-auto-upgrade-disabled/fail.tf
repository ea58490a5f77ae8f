variable "auto_upgrade" {
  type = bool
}

resource "google_container_node_pool" "manual" {
  name    = "manual"
  cluster = "prod"
  management {
    auto_upgrade = false # expect: gcp-gke-node-auto-upgrade-disabled
  }
}

resource "google_container_node_pool" "unknown" {
  name    = "unknown"
  cluster = "prod"
  management {
    auto_upgrade = var.auto_upgrade # expect: gcp-gke-node-auto-upgrade-disabled unknown
  }
}

resource "google_container_cluster" "inline" {
  name     = "inline"
  location = "europe-west1"
  node_pool {
    name = "legacy"
    management {
      auto_upgrade = false # expect: gcp-gke-node-auto-upgrade-disabled "`legacy`"
    }
  }
  cluster_autoscaling {
    enabled = true
    auto_provisioning_defaults {
      management {
        auto_upgrade = false # expect: gcp-gke-node-auto-upgrade-disabled "auto-provisioned"
      }
    }
  }
}
