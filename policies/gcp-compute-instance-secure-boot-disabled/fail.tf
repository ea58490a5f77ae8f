variable "secure_boot" {
  type = bool
}

resource "google_compute_instance" "web" { # expect: gcp-compute-instance-secure-boot-disabled "`google_compute_instance.web` does not turn Secure Boot on"
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

# Virtual TPM and integrity monitoring on, Secure Boot left at its default.
resource "google_compute_instance_template" "app" {
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "private"
  }
  # expect: gcp-compute-instance-secure-boot-disabled "`google_compute_instance_template.app`"
  shielded_instance_config {
    enable_vtpm                 = true
    enable_integrity_monitoring = true
  }
}

resource "google_compute_instance_from_template" "worker" {
  name                     = "worker"
  zone                     = "europe-west1-b"
  source_instance_template = google_compute_instance_template.app.self_link_unique
  shielded_instance_config {
    enable_secure_boot = false # expect: gcp-compute-instance-secure-boot-disabled "Secure Boot"
  }
}

resource "google_compute_region_instance_template" "unknown" {
  machine_type = "e2-small"
  region       = "europe-west1"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    subnetwork = "private"
  }
  shielded_instance_config {
    enable_secure_boot = var.secure_boot # expect: gcp-compute-instance-secure-boot-disabled unknown
  }
}
