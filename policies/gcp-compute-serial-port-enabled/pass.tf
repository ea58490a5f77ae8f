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
    serial-port-enable = "FALSE"
  }
}

resource "google_compute_instance_template" "app" {
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
}

resource "google_compute_project_metadata_item" "os_login" {
  key   = "enable-oslogin"
  value = "TRUE"
}

resource "google_compute_instance_from_template" "inherits" {
  name                     = "inherits"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  metadata = {
    serial-port-enable = "FALSE"
  }
}
