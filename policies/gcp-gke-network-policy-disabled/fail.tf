variable "datapath_provider" {
  type = string
}

resource "google_container_cluster" "default" { # expect: gcp-gke-network-policy-disabled
  name               = "default"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "off" {
  name               = "off"
  location           = "europe-west1"
  initial_node_count = 1
  network_policy {
    enabled = false # expect: gcp-gke-network-policy-disabled
  }
}

resource "google_container_cluster" "unknown" { # expect: gcp-gke-network-policy-disabled unknown
  name               = "unknown"
  location           = "europe-west1"
  initial_node_count = 1
  datapath_provider  = var.datapath_provider
}

resource "google_container_cluster" "addon_disabled" {
  name               = "addon-disabled"
  location           = "europe-west1"
  initial_node_count = 1
  network_policy {
    enabled = true
  }
  addons_config {
    network_policy_config {
      disabled = true # expect: gcp-gke-network-policy-disabled
    }
  }
}
