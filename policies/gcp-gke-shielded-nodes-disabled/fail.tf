variable "shielded_nodes" {
  type = bool
}

resource "google_container_cluster" "unshielded" {
  name                  = "unshielded"
  location              = "europe-west1"
  initial_node_count    = 1
  enable_shielded_nodes = false # expect: gcp-gke-shielded-nodes-disabled
}

resource "google_container_cluster" "unknown" {
  name                  = "unknown"
  location              = "europe-west1"
  initial_node_count    = 1
  enable_shielded_nodes = var.shielded_nodes # expect: gcp-gke-shielded-nodes-disabled unknown
}
