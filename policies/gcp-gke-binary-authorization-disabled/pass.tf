resource "google_container_cluster" "enforced" {
  name               = "enforced"
  location           = "europe-west1"
  initial_node_count = 1
  binary_authorization {
    evaluation_mode = "PROJECT_SINGLETON_POLICY_ENFORCE"
  }
}

resource "google_container_cluster" "deprecated_block" {
  name               = "deprecated-block"
  location           = "europe-west1"
  initial_node_count = 1
  binary_authorization {
    enabled = true
  }
}

resource "google_container_cluster" "provider_v4" {
  name                        = "provider-v4"
  location                    = "europe-west1"
  initial_node_count          = 1
  enable_binary_authorization = true
}
