# A cluster whose only nodes are in node pools that are private each.
resource "google_container_cluster" "flexible" {
  name                     = "flexible"
  location                 = "europe-west1"
  initial_node_count       = 1
  remove_default_node_pool = true
}

resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = google_container_cluster.flexible.id
  network_config {
    enable_private_nodes = true
  }
}

resource "google_container_node_pool" "batch" {
  name    = "batch"
  cluster = google_container_cluster.flexible.name
  network_config {
    enable_private_nodes = true
  }
}
