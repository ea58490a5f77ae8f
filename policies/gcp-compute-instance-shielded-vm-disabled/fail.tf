resource "google_compute_instance" "web" { # expect: gcp-compute-instance-shielded-vm-disabled "`google_compute_instance.web` does not turn Secure Boot on"
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
}

resource "google_compute_instance_template" "app" {
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "private"
  }
  shielded_instance_config {
    enable_secure_boot          = true
    enable_vtpm                 = false # expect: gcp-compute-instance-shielded-vm-disabled "virtual TPM"
    enable_integrity_monitoring = false # expect: gcp-compute-instance-shielded-vm-disabled "integrity monitoring"
  }
}

resource "google_compute_instance_from_template" "worker" {
  name                     = "worker"
  zone                     = "europe-west1-b"
  source_instance_template = google_compute_instance_template.app.self_link_unique
  shielded_instance_config {
    enable_secure_boot = false # expect: gcp-compute-instance-shielded-vm-disabled "Secure Boot"
  }
}
