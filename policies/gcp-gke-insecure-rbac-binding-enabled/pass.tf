resource "google_container_cluster" "default" {
  name               = "default"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "explicit" {
  name               = "explicit"
  location           = "europe-west1"
  initial_node_count = 1
  rbac_binding_config {
    enable_insecure_binding_system_unauthenticated = false
    enable_insecure_binding_system_authenticated   = false
  }
}
