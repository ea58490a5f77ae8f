variable "operator_cidr" {
  type = string
}

resource "google_container_cluster" "open" { # expect: gcp-gke-control-plane-public
  name               = "open"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "world" {
  name               = "world"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = "0.0.0.0/0" # expect: gcp-gke-control-plane-public "`0.0.0.0/0`"
      display_name = "anyone"
    }
  }
}

resource "google_container_cluster" "google_cloud" {
  name               = "google-cloud"
  location           = "europe-west1"
  initial_node_count = 1
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = false
  }
  master_authorized_networks_config {
    gcp_public_cidrs_access_enabled = true # expect: gcp-gke-control-plane-public "every Google Cloud public address"
  }
}

resource "google_container_cluster" "unknown" {
  name               = "unknown"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block = var.operator_cidr # expect: gcp-gke-control-plane-public unknown
    }
  }
}
