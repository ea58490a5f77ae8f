resource "google_container_node_pool" "default" {
  name    = "default"
  cluster = "prod"
}

resource "google_container_node_pool" "managed" {
  name    = "managed"
  cluster = "prod"
  management {
    auto_repair  = true
    auto_upgrade = true
  }
}

resource "google_container_cluster" "inline" {
  name     = "inline"
  location = "europe-west1"
  node_pool {
    name = "apps"
    management {
      auto_repair  = true
      auto_upgrade = true
    }
  }
}

resource "google_container_cluster" "not_alpha" {
  name                    = "not-alpha"
  location                = "europe-west1"
  initial_node_count      = 1
  enable_kubernetes_alpha = false
}
