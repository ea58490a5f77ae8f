resource "google_service_account" "app" {
  account_id = "app"
}

resource "google_kms_crypto_key_iam_member" "app" {
  crypto_key_id = "projects/acme/locations/europe/keyRings/app/cryptoKeys/data"
  role          = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member        = "serviceAccount:${google_service_account.app.email}"
}

resource "google_kms_key_ring_iam_binding" "admins" {
  key_ring_id = "projects/acme/locations/europe/keyRings/app"
  role        = "roles/cloudkms.admin"
  members     = ["group:security@example.com"]
}

resource "google_kms_crypto_key_iam_policy" "json" {
  crypto_key_id = "projects/acme/locations/europe/keyRings/app/cryptoKeys/data"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
        members = ["serviceAccount:app@acme.iam.gserviceaccount.com", "group:security@example.com"]
      },
    ]
  })
}

data "google_iam_policy" "key_ring" {
  binding {
    role    = "roles/cloudkms.admin"
    members = ["group:security@example.com"]
  }
}

resource "google_kms_key_ring_iam_policy" "from_data" {
  key_ring_id = "projects/acme/locations/europe/keyRings/app"
  policy_data = data.google_iam_policy.key_ring.policy_data
}
