variable "evaluation_mode" {
  type = string
}

resource "google_container_cluster" "none" { # expect: gcp-gke-binary-authorization-disabled
  name               = "none"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "disabled" {
  name               = "disabled"
  location           = "europe-west1"
  initial_node_count = 1
  binary_authorization {
    evaluation_mode = "DISABLED" # expect: gcp-gke-binary-authorization-disabled
  }
}

resource "google_container_cluster" "unknown" {
  name               = "unknown"
  location           = "europe-west1"
  initial_node_count = 1
  binary_authorization {
    evaluation_mode = var.evaluation_mode # expect: gcp-gke-binary-authorization-disabled unknown
  }
}
