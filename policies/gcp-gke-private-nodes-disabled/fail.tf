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

# Removing the default node pool is not enough: the inline pool, the
# missing pools, or one public pool still give the nodes public addresses.
resource "google_container_cluster" "inline_public" { # expect: gcp-gke-private-nodes-disabled "`google_container_cluster.inline_public`"
  name                     = "inline-public"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
  node_pool {
    name = "workers"
  }
}

resource "google_container_cluster" "no_pools" { # expect: gcp-gke-private-nodes-disabled "`google_container_cluster.no_pools`"
  name                     = "no-pools"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_cluster" "mixed" { # expect: gcp-gke-private-nodes-disabled "`google_container_cluster.mixed`"
  name                     = "mixed"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "mixed_private" {
  name    = "private"
  cluster = google_container_cluster.mixed.id
  network_config {
    enable_private_nodes = true
  }
}

resource "google_container_node_pool" "mixed_default" {
  name    = "default-network"
  cluster = google_container_cluster.mixed.id
}
