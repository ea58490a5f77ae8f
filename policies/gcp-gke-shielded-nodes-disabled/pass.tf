resource "google_container_cluster" "default" {
  name               = "default"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "explicit" {
  name                  = "explicit"
  location              = "europe-west1"
  initial_node_count    = 1
  enable_shielded_nodes = true
}
