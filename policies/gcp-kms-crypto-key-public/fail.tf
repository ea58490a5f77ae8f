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

# A whole IAM policy, written with jsonencode().
resource "google_kms_crypto_key_iam_policy" "json" {
  crypto_key_id = "projects/acme/locations/europe/keyRings/app/cryptoKeys/data"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/cloudkms.cryptoKeyEncrypter"
        members = ["serviceAccount:app@acme.iam.gserviceaccount.com", "allUsers"] # expect: gcp-kms-crypto-key-public "`google_kms_crypto_key_iam_policy.json` grants `roles/cloudkms.cryptoKeyEncrypter` to `allUsers`"
      },
    ]
  })
}

# A whole IAM policy taken from a google_iam_policy data source.
data "google_iam_policy" "key_ring" {
  binding {
    role = "roles/cloudkms.cryptoKeyDecrypter"
    members = [
      "allAuthenticatedUsers", # expect: gcp-kms-crypto-key-public "IAM policy `data.google_iam_policy.key_ring` of a Cloud KMS key grants `roles/cloudkms.cryptoKeyDecrypter` to `allAuthenticatedUsers`"
    ]
  }
}

resource "google_kms_key_ring_iam_policy" "from_data" {
  key_ring_id = "projects/acme/locations/europe/keyRings/app"
  policy_data = data.google_iam_policy.key_ring.policy_data
}
