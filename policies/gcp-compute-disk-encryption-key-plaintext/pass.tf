# A key given at apply time: not in the files.
variable "csek" {
  type      = string
  sensitive = true
}

data "google_secret_manager_secret_version" "csek" {
  secret = "disk-csek"
}

resource "google_compute_disk" "kms" {
  name = "kms"
  zone = "europe-west1-b"
  disk_encryption_key {
    kms_key_self_link = google_kms_crypto_key.disks.id
  }
}

resource "google_compute_disk" "from_variable" {
  name = "from-variable"
  zone = "europe-west1-b"
  disk_encryption_key {
    raw_key = var.csek
  }
}

resource "google_compute_snapshot" "from_secret" {
  name        = "from-secret"
  source_disk = google_compute_disk.from_variable.id
  zone        = "europe-west1-b"
  snapshot_encryption_key {
    raw_key = data.google_secret_manager_secret_version.csek.secret_data
  }
  source_disk_encryption_key {
    raw_key = var.csek
  }
}

resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    kms_key_self_link = google_kms_crypto_key.disks.id
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  attached_disk {
    source                  = google_compute_disk.from_variable.id
    disk_encryption_key_raw = var.csek
  }
  network_interface {
    subnetwork = "private"
  }
}

resource "google_kms_crypto_key" "disks" {
  name     = "disks"
  key_ring = "projects/acme/locations/europe-west1/keyRings/main"
}
