variable "os_login" {
  default = "TRUE"
}

resource "google_compute_project_metadata" "project" {
  metadata = {
    enable-oslogin = var.os_login
  }
}

resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
  metadata = {
    block-project-ssh-keys = "TRUE"
  }
}

resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = "FALSE"
}

resource "google_compute_instance_from_template" "inherits" {
  name                     = "inherits"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
}
