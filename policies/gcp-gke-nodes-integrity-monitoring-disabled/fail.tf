resource "google_container_node_pool" "explicit" {
  name    = "apps"
  cluster = "prod"
  node_config {
    machine_type = "e2-standard-4"
    shielded_instance_config {
      enable_integrity_monitoring = false # expect: gcp-gke-nodes-integrity-monitoring-disabled "`google_container_node_pool.explicit`"
    }
  }
}

resource "google_container_cluster" "blocks" {
  name     = "prod"
  location = "europe-west1"
  node_pool {
    name = "batch"
    node_config {
      machine_type = "e2-standard-4"
      shielded_instance_config {
        enable_integrity_monitoring = false # expect: gcp-gke-nodes-integrity-monitoring-disabled "`batch`"
      }
    }
  }
}

resource "google_container_cluster" "default_pool" {
  name     = "dev"
  location = "europe-west1"
  node_config {
    machine_type = "e2-standard-2"
    shielded_instance_config {
      enable_integrity_monitoring = false # expect: gcp-gke-nodes-integrity-monitoring-disabled "default node pool"
    }
  }
}
