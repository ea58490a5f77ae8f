resource "google_container_cluster" "private" {
  name               = "private"
  location           = "europe-west1"
  initial_node_count = 1
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}

resource "google_container_node_pool" "default_network" {
  name    = "default-network"
  cluster = google_container_cluster.private.id
  network_config {
    create_pod_range = false
  }
}
