variable "prevention" {
  default = "enforced"
}

resource "google_storage_bucket" "data" {
  name                        = "acme-data"
  location                    = "EU"
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
}

resource "google_storage_bucket" "logs" {
  name                     = "acme-logs"
  location                 = "EU"
  public_access_prevention = var.prevention
}
