resource "google_container_cluster" "default" {
  name               = "default"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "components" {
  name               = "components"
  location           = "europe-west1"
  initial_node_count = 1
  logging_service    = "logging.googleapis.com/kubernetes"
  logging_config {
    enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS"]
  }
}
