# Soft delete is on by default (7 days).
resource "google_storage_bucket" "default" {
  name     = "acme-default"
  location = "EU"
}

resource "google_storage_bucket" "longer" {
  name     = "acme-longer"
  location = "EU"
  soft_delete_policy {
    retention_duration_seconds = 2592000
  }
}

# Versioning keeps what soft delete would.
resource "google_storage_bucket" "versioned" {
  name     = "acme-versioned"
  location = "EU"
  versioning {
    enabled = true
  }
  soft_delete_policy {
    retention_duration_seconds = 0
  }
}
