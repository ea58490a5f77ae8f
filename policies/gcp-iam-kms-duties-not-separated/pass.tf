# Administrators manage the keys; the application's service account uses them.
resource "google_project_iam_member" "kms_admins" {
  project = "acme-prod"
  role    = "roles/cloudkms.admin"
  member  = "group:kms-admins@example.com"
}

resource "google_kms_crypto_key_iam_member" "app" {
  crypto_key_id = "acme-prod/europe-west1/app/data"
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"
}

# The same member with the viewer role is no conflict.
resource "google_project_iam_member" "admins_view" {
  project = "acme-prod"
  role    = "roles/cloudkms.viewer"
  member  = "group:kms-admins@example.com"
}

resource "google_kms_key_ring_iam_binding" "signers" {
  key_ring_id = "acme-prod/europe-west1/app"
  role        = "roles/cloudkms.signerVerifier"
  members     = ["group:kms-admins@example.com"]
}

data "google_iam_policy" "ring" {
  binding {
    role    = "roles/cloudkms.admin"
    members = ["group:kms-admins@example.com"]
  }
  binding {
    role    = "roles/cloudkms.cryptoKeyDecrypter"
    members = ["serviceAccount:batch@acme-prod.iam.gserviceaccount.com"]
  }
}
