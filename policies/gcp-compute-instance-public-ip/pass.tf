resource "google_compute_instance" "internal" {
  name         = "app"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    subnetwork = "projects/acme/regions/europe-west1/subnetworks/private"
  }
}

resource "google_compute_region_instance_template" "internal" {
  machine_type = "e2-small"
  region       = "europe-west1"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
}

# Its template decides the interfaces.
resource "google_compute_instance_from_template" "inherits" {
  name                     = "inherits"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
}
