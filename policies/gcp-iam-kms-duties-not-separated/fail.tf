# One person is Cloud KMS Admin of the project and can decrypt with its keys.
resource "google_project_iam_member" "kms_admin" {
  project = "acme-prod"
  role    = "roles/cloudkms.admin" # expect: gcp-iam-kms-duties-not-separated "a role that uses the keys"
  member  = "user:alice@example.com"
}

resource "google_kms_crypto_key_iam_member" "alice_decrypts" {
  crypto_key_id = "acme-prod/europe-west1/app/payments"
  role          = "roles/cloudkms.cryptoKeyDecrypter" # expect: gcp-iam-kms-duties-not-separated "Cloud KMS Admin"
  member        = "user:alice@example.com"
}

# A binding on a key ring makes a group admin; the same group encrypts on the project.
resource "google_kms_key_ring_iam_binding" "admins" {
  key_ring_id = "acme-prod/europe-west1/app"
  role        = "roles/cloudkms.admin" # expect: gcp-iam-kms-duties-not-separated "group:kms@example.com"
  members = [
    "group:kms@example.com",
    "group:security@example.com",
  ]
}

resource "google_project_iam_binding" "encrypters" {
  project = "acme-prod"
  role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter" # expect: gcp-iam-kms-duties-not-separated "group:kms@example.com"
  members = [
    "group:kms@example.com",
    "serviceAccount:app@acme-prod.iam.gserviceaccount.com",
  ]
}
