variable "workload_pool" {
  type = string
}

resource "google_container_cluster" "none" { # expect: gcp-gke-workload-identity-disabled
  name               = "none"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "empty" {
  name               = "empty"
  location           = "europe-west1"
  initial_node_count = 1
  workload_identity_config {
    workload_pool = "" # expect: gcp-gke-workload-identity-disabled
  }
}

resource "google_container_cluster" "unknown" {
  name               = "unknown"
  location           = "europe-west1"
  initial_node_count = 1
  workload_identity_config {
    workload_pool = var.workload_pool # expect: gcp-gke-workload-identity-disabled unknown
  }
}

# Interpolations with no known text between them: the pool may be empty.
resource "google_container_cluster" "unknown_template" {
  name               = "unknown-template"
  location           = "europe-west1"
  initial_node_count = 1
  workload_identity_config {
    workload_pool = "${var.workload_pool}${var.workload_pool}" # expect: gcp-gke-workload-identity-disabled unknown
  }
}

resource "google_container_cluster" "exposed" {
  name               = "exposed"
  location           = "europe-west1"
  initial_node_count = 1
  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
  node_config {
    workload_metadata_config {
      mode = "GCE_METADATA" # expect: gcp-gke-workload-identity-disabled "cluster `google_container_cluster.exposed`"
    }
  }
}

resource "google_container_cluster" "inline" {
  name     = "inline"
  location = "europe-west1"
  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
  node_pool {
    name = "legacy"
    node_config {
      workload_metadata_config {
        mode = "GCE_METADATA" # expect: gcp-gke-workload-identity-disabled "`legacy`"
      }
    }
  }
}

resource "google_container_node_pool" "legacy" {
  name    = "legacy"
  cluster = google_container_cluster.inline.id
  node_config {
    workload_metadata_config {
      mode = "GCE_METADATA" # expect: gcp-gke-workload-identity-disabled "node pool `google_container_node_pool.legacy`"
    }
  }
}
