variable "private_nodes" {
  type = bool
}

resource "google_container_cluster" "public" { # expect: gcp-gke-private-nodes-disabled
  name               = "public"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "off" {
  name               = "off"
  location           = "europe-west1"
  initial_node_count = 1
  private_cluster_config {
    enable_private_nodes = false # expect: gcp-gke-private-nodes-disabled
  }
}

resource "google_container_cluster" "inline" {
  name     = "inline"
  location = "europe-west1"
  private_cluster_config {
    enable_private_nodes   = true
    master_ipv4_cidr_block = "172.16.0.0/28"
  }
  node_pool {
    name = "edge"
    network_config {
      enable_private_nodes = false # expect: gcp-gke-private-nodes-disabled "`edge`"
    }
  }
}

resource "google_container_node_pool" "edge" {
  name    = "edge"
  cluster = google_container_cluster.inline.id
  network_config {
    enable_private_nodes = false # expect: gcp-gke-private-nodes-disabled "node pool `google_container_node_pool.edge`"
  }
}

resource "google_container_cluster" "unknown" {
  name               = "unknown"
  location           = "europe-west1"
  initial_node_count = 1
  private_cluster_config {
    enable_private_nodes = var.private_nodes # expect: gcp-gke-private-nodes-disabled unknown
  }
}
