resource "google_container_cluster" "default" {
  name               = "default"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "explicit" {
  name               = "explicit"
  location           = "europe-west1"
  initial_node_count = 1
  master_auth {
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}
