# The node pool of this cluster exposes the node's metadata: it does not
# make the cluster use Workload Identity.
resource "google_container_cluster" "exposed_pool" { # expect: gcp-gke-workload-identity-disabled "does not use Workload Identity"
  name                     = "exposed-pool"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

# Provider 3.x name of `mode = "GCE_METADATA"`.
resource "google_container_node_pool" "exposed" {
  name    = "exposed"
  cluster = google_container_cluster.exposed_pool.id
  node_config {
    workload_metadata_config {
      node_metadata = "EXPOSE" # expect: gcp-gke-workload-identity-disabled "node pool `google_container_node_pool.exposed`"
    }
  }
}
