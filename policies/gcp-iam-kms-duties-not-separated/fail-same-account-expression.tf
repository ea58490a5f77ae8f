# A service account of the module administers the keys and also uses them:
# both grants name it by the same expression, so they name one member.
resource "google_service_account" "ci" {
  account_id = "ci-runner"
}

resource "google_project_iam_member" "ci_kms_admin" {
  project = "acme-prod"
  role    = "roles/cloudkms.admin" # expect: gcp-iam-kms-duties-not-separated "a role that uses the keys"
  member  = "serviceAccount:${google_service_account.ci.email}"
}

resource "google_kms_crypto_key_iam_member" "ci_decrypt" {
  crypto_key_id = "acme-prod/europe-west1/app/data"
  role          = "roles/cloudkms.cryptoKeyDecrypter" # expect: gcp-iam-kms-duties-not-separated "Cloud KMS Admin"
  member        = "serviceAccount:${google_service_account.ci.email}"
}

# Another account's grant stays undecided: the two expressions differ, and
# attest cannot tell whether they name one account.
resource "google_kms_crypto_key_iam_member" "app_decrypt" {
  crypto_key_id = "acme-prod/europe-west1/app/data"
  role          = "roles/cloudkms.cryptoKeyDecrypter" # expect: gcp-iam-kms-duties-not-separated unknown
  member        = "serviceAccount:${google_service_account.app.email}"
}
