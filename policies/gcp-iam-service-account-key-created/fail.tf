resource "google_service_account" "ci" {
  account_id = "ci-deployer"
}

resource "google_service_account_key" "ci" { # expect: gcp-iam-service-account-key-created
  service_account_id = google_service_account.ci.name
}

resource "google_storage_hmac_key" "s3_interop" { # expect: gcp-iam-service-account-key-created "HMAC key"
  service_account_email = "backup@acme-prod.iam.gserviceaccount.com"
}
