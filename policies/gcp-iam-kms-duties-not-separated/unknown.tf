variable "kms_admin" {
  type = string
}

resource "google_project_iam_member" "admin" {
  project = "acme-prod"
  role    = "roles/cloudkms.admin" # expect: gcp-iam-kms-duties-not-separated unknown
  member  = var.kms_admin
}

resource "google_kms_crypto_key_iam_member" "app" {
  crypto_key_id = "acme-prod/europe-west1/app/data"
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter" # expect: gcp-iam-kms-duties-not-separated unknown
  member        = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"
}
