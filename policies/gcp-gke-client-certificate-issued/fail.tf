variable "issue_client_certificate" {
  type = bool
}

resource "google_container_cluster" "cert" {
  name               = "cert"
  location           = "europe-west1"
  initial_node_count = 1
  master_auth {
    client_certificate_config {
      issue_client_certificate = true # expect: gcp-gke-client-certificate-issued
    }
  }
}

resource "google_container_cluster" "unknown" {
  name               = "unknown"
  location           = "europe-west1"
  initial_node_count = 1
  master_auth {
    client_certificate_config {
      issue_client_certificate = var.issue_client_certificate # expect: gcp-gke-client-certificate-issued unknown
    }
  }
}
