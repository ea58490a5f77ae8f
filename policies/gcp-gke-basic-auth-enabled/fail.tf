variable "admin_password" {
  type      = string
  sensitive = true
}

variable "admin_user" {
  type    = string
  default = "admin"
}

resource "google_container_cluster" "basic" {
  name               = "basic"
  location           = "europe-west1"
  initial_node_count = 1
  master_auth {
    username = var.admin_user # expect: gcp-gke-basic-auth-enabled "user `admin`"
    password = "correct-horse-battery-staple" # expect: gcp-gke-basic-auth-enabled "password"
    client_certificate_config {
      issue_client_certificate = false
    }
  }
}

resource "google_container_cluster" "from_variable" {
  name               = "from-variable"
  location           = "europe-west1"
  initial_node_count = 1
  master_auth {
    username = "admin" # expect: gcp-gke-basic-auth-enabled
    password = var.admin_password # expect: gcp-gke-basic-auth-enabled unknown
  }
}
