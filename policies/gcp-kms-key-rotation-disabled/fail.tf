resource "google_kms_key_ring" "main" {
  name     = "main"
  location = "europe"
}

resource "google_kms_crypto_key" "never" { # expect: gcp-kms-key-rotation-disabled "does not rotate"
  name     = "never"
  key_ring = google_kms_key_ring.main.id
}

resource "google_kms_crypto_key" "yearly" {
  name            = "yearly"
  key_ring        = google_kms_key_ring.main.id
  purpose         = "ENCRYPT_DECRYPT"
  rotation_period = "31536000s" # expect: gcp-kms-key-rotation-disabled "31536000s"
}

variable "rotation" {}

resource "google_kms_crypto_key" "unknown" {
  name            = "unknown"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = var.rotation # expect: gcp-kms-key-rotation-disabled unknown
}
