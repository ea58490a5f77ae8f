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
    subnetwork = "private"
  }
  shielded_instance_config {
    enable_secure_boot = true
  }
}

resource "google_compute_region_instance_template" "app" {
  machine_type = "e2-small"
  region       = "europe-west1"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "private"
  }
  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = true
    enable_integrity_monitoring = true
  }
}

# The template decides.
resource "google_compute_instance_from_template" "worker" {
  name                     = "worker"
  zone                     = "europe-west1-b"
  source_instance_template = google_compute_region_instance_template.app.self_link_unique
}
