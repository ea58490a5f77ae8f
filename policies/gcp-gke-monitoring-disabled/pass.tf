resource "google_container_cluster" "default" {
  name               = "default"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "prometheus" {
  name               = "prometheus"
  location           = "europe-west1"
  initial_node_count = 1
  monitoring_config {
    managed_prometheus {
      enabled = true
    }
  }
}

resource "google_container_cluster" "components" {
  name               = "components"
  location           = "europe-west1"
  initial_node_count = 1
  monitoring_service = "monitoring.googleapis.com/kubernetes"
  monitoring_config {
    enable_components = ["SYSTEM_COMPONENTS"]
  }
}
