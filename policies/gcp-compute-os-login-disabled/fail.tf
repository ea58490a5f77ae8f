resource "google_compute_project_metadata" "project" {
  metadata = { # expect: gcp-compute-os-login-disabled "does not enable"
    team = "platform"
  }
}

resource "google_compute_project_metadata_item" "os_login" {
  key   = "enable-oslogin"
  value = "FALSE" # expect: gcp-compute-os-login-disabled
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
    enable-oslogin = false # expect: gcp-compute-os-login-disabled "`google_compute_instance.web`"
  }
}

resource "google_compute_instance_from_template" "off" {
  name                     = "off"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  metadata = {
    enable-oslogin = "FALSE" # expect: gcp-compute-os-login-disabled "`google_compute_instance_from_template.off`"
  }
}
