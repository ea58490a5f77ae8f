variable "legacy_abac" {
  default = false
}

resource "google_container_cluster" "default" {
  name               = "default"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "rbac" {
  name               = "rbac"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = var.legacy_abac
}
