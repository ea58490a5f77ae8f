resource "google_storage_bucket" "none" { # expect: tf-gcp-storage-bucket-public-access-not-enforced
  name     = "acme-none"
  location = "EU"
}

resource "google_storage_bucket" "inherited" {
  name                     = "acme-inherited"
  location                 = "EU"
  public_access_prevention = "inherited" # expect: tf-gcp-storage-bucket-public-access-not-enforced
}

variable "prevention" {}

resource "google_storage_bucket" "unknown" {
  name                     = "acme-unknown"
  location                 = "EU"
  public_access_prevention = var.prevention # expect: tf-gcp-storage-bucket-public-access-not-enforced unknown
}
