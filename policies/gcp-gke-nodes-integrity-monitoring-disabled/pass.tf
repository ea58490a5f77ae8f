resource "google_container_node_pool" "hardened" {
  name    = "apps"
  cluster = "prod"
  node_config {
    machine_type = "e2-standard-4"
    shielded_instance_config {
      enable_secure_boot          = true
      enable_integrity_monitoring = true
    }
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "auto"
  location         = "europe-west1"
  enable_autopilot = true
}

resource "google_container_cluster" "separate_pools" {
  name                     = "prod"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

# Integrity monitoring is on by default.
resource "google_container_node_pool" "defaults" {
  name    = "web"
  cluster = "prod"
  node_config {
    machine_type = "e2-standard-4"
  }
}
