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
}

resource "google_compute_instance_template" "app" {
  machine_type   = "e2-small"
  can_ip_forward = false
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
}

# The template decides.
resource "google_compute_instance_from_template" "inherits" {
  name                     = "inherits"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
}

resource "google_compute_instance_from_template" "off" {
  name                     = "off"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  can_ip_forward           = false
}
