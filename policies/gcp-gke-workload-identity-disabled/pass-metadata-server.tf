# Node pools that ask for the GKE metadata server: GKE accepts that mode only
# on a cluster with Workload Identity.
resource "google_container_cluster" "node_config_mode" {
  name               = "node-config-mode"
  location           = "europe-west1"
  initial_node_count = 1
  node_config {
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

resource "google_container_cluster" "inline_pool" {
  name     = "inline-pool"
  location = "europe-west1"
  node_pool {
    name = "apps"
    node_config {
      workload_metadata_config {
        mode = "GKE_METADATA"
      }
    }
  }
}

resource "google_container_cluster" "separate_pool" {
  name                     = "separate-pool"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = google_container_cluster.separate_pool.id
  node_config {
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}

# Provider 3.x names.
resource "google_container_cluster" "legacy_namespace" {
  name               = "legacy-namespace"
  location           = "europe-west1"
  initial_node_count = 1
  workload_identity_config {
    identity_namespace = "acme-prod.svc.id.goog"
  }
}

resource "google_container_cluster" "legacy_node_metadata" {
  name               = "legacy-node-metadata"
  location           = "europe-west1"
  initial_node_count = 1
  node_config {
    workload_metadata_config {
      node_metadata = "GKE_METADATA_SERVER"
    }
  }
}
