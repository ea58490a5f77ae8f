variable "legacy_abac" {
  type = bool
}

resource "google_container_cluster" "legacy" {
  name               = "legacy"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = true # expect: gcp-gke-legacy-abac-enabled
}

resource "google_container_cluster" "unknown" {
  name               = "unknown"
  location           = "europe-west1"
  initial_node_count = 1
  enable_legacy_abac = var.legacy_abac # expect: gcp-gke-legacy-abac-enabled unknown
}
