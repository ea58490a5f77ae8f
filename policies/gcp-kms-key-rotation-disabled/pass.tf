variable "rotation" {
  default = "2592000s"
}

resource "google_kms_key_ring" "main" {
  name     = "main"
  location = "europe"
}

resource "google_kms_crypto_key" "quarterly" {
  name            = "quarterly"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = "7776000s"
}

resource "google_kms_crypto_key" "monthly" {
  name            = "monthly"
  key_ring        = google_kms_key_ring.main.id
  rotation_period = var.rotation
}

resource "google_kms_crypto_key" "signing" {
  name     = "signing"
  key_ring = google_kms_key_ring.main.id
  purpose  = "ASYMMETRIC_SIGN"
  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}

resource "google_kms_crypto_key" "external" {
  name     = "ekm"
  key_ring = google_kms_key_ring.main.id
  version_template {
    algorithm        = "EXTERNAL_SYMMETRIC_ENCRYPTION"
    protection_level = "EXTERNAL"
  }
}

resource "google_kms_crypto_key" "imported" {
  name                          = "imported"
  key_ring                      = google_kms_key_ring.main.id
  import_only                   = true
  skip_initial_version_creation = true
}
