variable "uniform" {
  default = true
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = var.uniform
}

# Provider 3.x name of `uniform_bucket_level_access`.
resource "google_storage_bucket" "legacy_name" {
  name               = "acme-legacy-name"
  location           = "EU"
  bucket_policy_only = true
}
