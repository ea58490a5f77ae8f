variable "operator_cidr" {
  default = "203.0.113.0/24"
}

resource "google_container_cluster" "authorized" {
  name               = "authorized"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {
    cidr_blocks {
      cidr_block   = var.operator_cidr
      display_name = "operators"
    }
  }
}

resource "google_container_cluster" "nodes_only" {
  name               = "nodes-only"
  location           = "europe-west1"
  initial_node_count = 1
  master_authorized_networks_config {}
}

resource "google_container_cluster" "private_endpoint" {
  name               = "private-endpoint"
  location           = "europe-west1"
  initial_node_count = 1
  private_cluster_config {
    enable_private_nodes    = true
    enable_private_endpoint = true
    master_ipv4_cidr_block  = "172.16.0.0/28"
  }
}

resource "google_container_cluster" "dns_only" {
  name               = "dns-only"
  location           = "europe-west1"
  initial_node_count = 1
  control_plane_endpoints_config {
    dns_endpoint_config {
      allow_external_traffic = true
    }
    ip_endpoints_config {
      enabled = false
    }
  }
}
