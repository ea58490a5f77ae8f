resource "google_service_account" "nodes" {
  account_id = "gke-nodes"
}

resource "google_container_cluster" "prod" {
  name                     = "prod"
  location                 = "europe-west1"
  initial_node_count       = 1
  remove_default_node_pool = true
}

resource "google_container_node_pool" "apps" {
  name    = "apps"
  cluster = google_container_cluster.prod.id
  node_config {
    service_account = google_service_account.nodes.email
  }
}

resource "google_container_node_pool" "batch" {
  name    = "batch"
  cluster = google_container_cluster.prod.id
  node_config {
    service_account = "gke-batch@acme-prod.iam.gserviceaccount.com"
  }
}

resource "google_container_cluster" "inline" {
  name     = "inline"
  location = "europe-west1"
  node_pool {
    name = "apps"
    node_config {
      service_account = google_service_account.nodes.email
    }
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "europe-west1"
  enable_autopilot = true
  cluster_autoscaling {
    auto_provisioning_defaults {
      service_account = google_service_account.nodes.email
    }
  }
}
