variable "soft_delete_seconds" {
  type    = number
  default = 0
}

variable "retention_unknown" {
  type = number
}

resource "google_storage_bucket" "scratch" {
  name     = "acme-scratch"
  location = "EU"
  soft_delete_policy {
    retention_duration_seconds = 0 # expect: gcp-storage-bucket-soft-delete-disabled "`google_storage_bucket.scratch`"
  }
}

resource "google_storage_bucket" "unversioned" {
  name     = "acme-unversioned"
  location = "EU"
  versioning {
    enabled = false
  }
  soft_delete_policy {
    retention_duration_seconds = var.soft_delete_seconds # expect: gcp-storage-bucket-soft-delete-disabled
  }
}

resource "google_storage_bucket" "unknown" {
  name     = "acme-unknown"
  location = "EU"
  soft_delete_policy {
    retention_duration_seconds = var.retention_unknown # expect: gcp-storage-bucket-soft-delete-disabled unknown
  }
}
