data "google_project" "project" {}

resource "google_container_cluster" "wi" {
  name               = "wi"
  location           = "europe-west1"
  initial_node_count = 1
  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
}

resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = google_container_cluster.wi.id
  node_config {
    workload_metadata_config {
      mode = "GKE_METADATA"
    }
  }
}
