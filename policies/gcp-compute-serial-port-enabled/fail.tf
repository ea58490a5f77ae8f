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
    serial-port-enable = true # expect: gcp-compute-serial-port-enabled
  }
}

resource "google_compute_project_metadata" "project" {
  metadata = {
    "serial-port-enable" = "TRUE" # expect: gcp-compute-serial-port-enabled
  }
}

resource "google_compute_project_metadata_item" "serial" {
  key   = "serial-port-enable"
  value = "1" # expect: gcp-compute-serial-port-enabled
}

resource "google_compute_instance_from_template" "console" {
  name                     = "console"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  metadata = {
    serial-port-enable = true # expect: gcp-compute-serial-port-enabled "`google_compute_instance_from_template.console`"
  }
}
