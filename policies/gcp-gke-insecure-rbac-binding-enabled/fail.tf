resource "google_container_cluster" "anonymous" {
  name               = "anonymous"
  location           = "europe-west1"
  initial_node_count = 1
  rbac_binding_config {
    enable_insecure_binding_system_unauthenticated = true # expect: gcp-gke-insecure-rbac-binding-enabled "unauthenticated"
    enable_insecure_binding_system_authenticated   = false
  }
}

resource "google_container_cluster" "any_google_account" {
  name               = "any-google-account"
  location           = "europe-west1"
  initial_node_count = 1
  rbac_binding_config {
    enable_insecure_binding_system_authenticated = true # expect: gcp-gke-insecure-rbac-binding-enabled "every authenticated"
  }
}
