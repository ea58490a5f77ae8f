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

# An alpha cluster cannot be upgraded at all; GKE requires auto-upgrade off
# on its node pools.
resource "google_container_cluster" "alpha" {
  name                    = "alpha"
  location                = "europe-west1"
  initial_node_count      = 1
  enable_kubernetes_alpha = true # expect: gcp-gke-node-auto-upgrade-disabled "alpha cluster"
}

variable "alpha" {
  type = bool
}

resource "google_container_cluster" "alpha_unknown" {
  name                    = "alpha-unknown"
  location                = "europe-west1"
  initial_node_count      = 1
  enable_kubernetes_alpha = var.alpha # expect: gcp-gke-node-auto-upgrade-disabled unknown
}
