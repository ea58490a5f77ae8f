variable "member" {
  type = string
}

resource "google_kms_crypto_key_iam_member" "decrypt" {
  crypto_key_id = "projects/acme/locations/europe/keyRings/app/cryptoKeys/data"
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allUsers" # expect: gcp-kms-crypto-key-public
}

resource "google_kms_key_ring_iam_binding" "encrypt" {
  key_ring_id = "projects/acme/locations/europe/keyRings/app"
  role        = "roles/cloudkms.cryptoKeyEncrypter"
  members = [
    "serviceAccount:app@acme.iam.gserviceaccount.com",
    "allAuthenticatedUsers", # expect: gcp-kms-crypto-key-public "`allAuthenticatedUsers`"
  ]
}

resource "google_kms_crypto_key_iam_member" "unknown" {
  crypto_key_id = "projects/acme/locations/europe/keyRings/app/cryptoKeys/data"
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = var.member # expect: gcp-kms-crypto-key-public unknown
}
