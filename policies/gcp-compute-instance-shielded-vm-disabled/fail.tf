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
    enable_integrity_monitoring = false # expect: gcp-compute-instance-shielded-vm-disabled "`google_compute_instance_from_template.worker` turns integrity monitoring off"
  }
}

resource "google_workbench_instance" "lab" {
  name     = "lab"
  location = "europe-west1-b"
  gce_setup {
    machine_type      = "e2-standard-4"
    disable_public_ip = true
    shielded_instance_config {
      enable_secure_boot          = true
      enable_vtpm                 = false # expect: gcp-compute-instance-shielded-vm-disabled "Workbench instance `google_workbench_instance.lab` turns the virtual TPM off"
      enable_integrity_monitoring = false # expect: gcp-compute-instance-shielded-vm-disabled "Workbench instance `google_workbench_instance.lab` turns integrity monitoring off"
    }
  }
}

resource "google_notebooks_instance" "legacy" {
  name         = "legacy"
  location     = "europe-west1-b"
  machine_type = "e2-medium"
  no_public_ip = true
  shielded_instance_config {
    enable_vtpm                 = false # expect: gcp-compute-instance-shielded-vm-disabled "user-managed notebook `google_notebooks_instance.legacy` turns the virtual TPM off"
    enable_integrity_monitoring = false # expect: gcp-compute-instance-shielded-vm-disabled "user-managed notebook `google_notebooks_instance.legacy` turns integrity monitoring off"
  }
}
