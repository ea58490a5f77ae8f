variable "monitoring_service" {
  type = string
}

resource "google_container_cluster" "none" {
  name               = "none"
  location           = "europe-west1"
  initial_node_count = 1
  monitoring_service = "none" # expect: gcp-gke-monitoring-disabled
}

resource "google_container_cluster" "no_components" {
  name               = "no-components"
  location           = "europe-west1"
  initial_node_count = 1
  monitoring_config {
    enable_components = [] # expect: gcp-gke-monitoring-disabled "no component"
  }
}

resource "google_container_cluster" "unknown" {
  name               = "unknown"
  location           = "europe-west1"
  initial_node_count = 1
  monitoring_service = var.monitoring_service # expect: gcp-gke-monitoring-disabled unknown
}
