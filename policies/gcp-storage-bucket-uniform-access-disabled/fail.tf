resource "google_storage_bucket" "none" { # expect: gcp-storage-bucket-uniform-access-disabled
  name     = "acme-none"
  location = "EU"
}

resource "google_storage_bucket" "off" {
  name                        = "acme-off"
  location                    = "EU"
  uniform_bucket_level_access = false # expect: gcp-storage-bucket-uniform-access-disabled
}
