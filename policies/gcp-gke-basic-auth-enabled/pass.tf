resource "google_container_cluster" "default" {
  name               = "default"
  location           = "europe-west1"
  initial_node_count = 1
}

# Empty credentials: how basic authentication was turned off on older GKE.
resource "google_container_cluster" "disabled" {
  name               = "disabled"
  location           = "europe-west1"
  initial_node_count = 1
  master_auth {
    username = ""
    password = ""
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}
