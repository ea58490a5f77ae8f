variable "logging_service" {
  type = string
}

resource "google_container_cluster" "none" {
  name               = "none"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service    = "none" # expect: gcp-gke-logging-disabled
}

resource "google_container_cluster" "no_components" {
  name               = "no-components"
  location           = "europe-west1"
  initial_node_count = 1
  logging_config {
    enable_components = [] # expect: gcp-gke-logging-disabled "no component"
  }
}

resource "google_container_cluster" "unknown" {
  name               = "unknown"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service    = var.logging_service # expect: gcp-gke-logging-disabled unknown
}
