data "google_project" "project" {}

resource "google_container_cluster" "wi" {
  name               = "wi"
  location           = "europe-west1"
  initial_node_count = 1
  workload_identity_config {
    workload_pool = "acme-prod.svc.id.goog"
  }
}

# The pool is built from the project id, not known statically, but its
# known text `.svc.id.goog` means it is not empty.
resource "google_container_cluster" "wi_from_project" {
  name               = "wi-from-project"
  location           = "europe-west1"
  initial_node_count = 1
  workload_identity_config {
    workload_pool = "${data.google_project.project.project_id}.svc.id.goog"
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
