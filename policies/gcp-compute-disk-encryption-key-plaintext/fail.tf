variable "csek" {
  type    = string
  default = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0="
}

resource "google_compute_disk" "data" {
  name = "data"
  zone = "europe-west1-b"
  size = 100
  disk_encryption_key {
    raw_key = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0=" # expect: gcp-compute-disk-encryption-key-plaintext "disk `google_compute_disk.data` writes its encryption key"
  }
  source_image_encryption_key {
    raw_key = var.csek # expect: gcp-compute-disk-encryption-key-plaintext "source image"
  }
}

resource "google_compute_region_disk" "replicated" {
  name          = "replicated"
  region        = "europe-west1"
  replica_zones = ["europe-west1-b", "europe-west1-c"]
  snapshot      = "projects/acme/global/snapshots/base"
  disk_encryption_key {
    rsa_encrypted_key = "ieCx/NcW06PcT7Ep1X6LUTc/hLvUDYyzSZPPVCVPTVEohpeHASqC8uw5TzyO9U+Fka9JFHz0mBibXUInrC/jEk014kCK/NPjYgEMOyssZ4ZINPKxlUh2zn1bV+MCaTICrdmuSBTWlUUiFoDD6PYznLwh8ZNdaheCeZ8ewEXgFQ8V+sDroLaN3Xs3MDTXQEMMoNUXMCZEIpg9Vtp9x2oeQ5lAbtt7bYAAHf5l+gJWw3sUfs0/Glw5fpdjT8Uggrr+RMZezGrltJEF293rvTIjWOEB3z5OHyHwQkvdrPDFcTqsLfh+8Hr8g+mf+7zVPEC8nEbqpdl3GPv3A7AwpFp7MA==" # expect: gcp-compute-disk-encryption-key-plaintext "RSA-wrapped"
  }
  source_snapshot_encryption_key {
    raw_key = var.csek # expect: gcp-compute-disk-encryption-key-plaintext "source snapshot"
  }
}

resource "google_compute_snapshot" "nightly" {
  name        = "nightly"
  source_disk = google_compute_disk.data.id
  zone        = "europe-west1-b"
  snapshot_encryption_key {
    raw_key = var.csek # expect: gcp-compute-disk-encryption-key-plaintext "snapshot `google_compute_snapshot.nightly` writes its encryption key"
  }
  source_disk_encryption_key {
    raw_key = var.csek # expect: gcp-compute-disk-encryption-key-plaintext "source disk"
  }
}

resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    disk_encryption_key_raw = var.csek # expect: gcp-compute-disk-encryption-key-plaintext "boot disk"
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  attached_disk {
    source                  = google_compute_disk.data.id
    disk_encryption_key_raw = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0=" # expect: gcp-compute-disk-encryption-key-plaintext "attached disk"
  }
  network_interface {
    subnetwork = "private"
  }
}
