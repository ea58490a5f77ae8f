variable "node_service_account" {
  type = string
}

resource "google_container_node_pool" "bare" { # expect: gcp-gke-nodes-default-service-account
  name    = "bare"
  cluster = "prod"
}

resource "google_container_node_pool" "named" {
  name    = "named"
  cluster = "prod"
  node_config {
    service_account = "123456789012-compute@developer.gserviceaccount.com" # expect: gcp-gke-nodes-default-service-account
  }
}

resource "google_container_node_pool" "unknown" {
  name    = "unknown"
  cluster = "prod"
  node_config {
    service_account = var.node_service_account # expect: gcp-gke-nodes-default-service-account unknown
  }
}

resource "google_container_cluster" "inline" {
  name     = "inline"
  location = "europe-west1"
  node_pool {
    name = "apps"
    node_config { # expect: gcp-gke-nodes-default-service-account "`apps`"
      machine_type = "e2-standard-4"
    }
  }
}

resource "google_container_cluster" "default_pool" {
  name               = "default-pool"
  location           = "europe-west1"
  initial_node_count = 1
  node_config {
    service_account = "default" # expect: gcp-gke-nodes-default-service-account "default node pool"
  }
}

resource "google_container_cluster" "autopilot" { # expect: gcp-gke-nodes-default-service-account "Autopilot"
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
}

resource "google_container_node_pool" "empty_account" {
  name    = "empty-account"
  cluster = "projects/acme/locations/europe-west1/clusters/main"
  node_config {
    service_account = "" # expect: gcp-gke-nodes-default-service-account
  }
}
