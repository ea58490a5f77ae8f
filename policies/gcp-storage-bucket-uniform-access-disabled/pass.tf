variable "uniform" {
  default = true
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = var.uniform
}
