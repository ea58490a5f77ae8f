resource "google_storage_bucket" "none" { # expect: gcp-storage-bucket-public-access-not-enforced
  name     = "acme-none"
  location = "EU"
}

resource "google_storage_bucket" "inherited" {
  name                     = "acme-inherited"
  location                 = "EU"
  public_access_prevention = "inherited" # expect: gcp-storage-bucket-public-access-not-enforced
}

variable "prevention" {}

resource "google_storage_bucket" "unknown" {
  name                     = "acme-unknown"
  location                 = "EU"
  public_access_prevention = var.prevention # expect: gcp-storage-bucket-public-access-not-enforced unknown
}
