resource "google_service_account" "app" {
  account_id = "app"
}

resource "google_pubsub_topic_iam_member" "publish" {
  topic  = "events"
  role   = "roles/pubsub.publisher"
  member = "serviceAccount:${google_service_account.app.email}"
}

resource "google_cloud_run_service_iam_binding" "invoke" {
  location = "europe-west1"
  service  = "api"
  role     = "roles/run.invoker"
  members  = ["group:api-clients@acme.example", "serviceAccount:${google_service_account.app.email}"]
}

data "google_iam_policy" "admins" {
  binding {
    role    = "roles/artifactregistry.admin"
    members = ["group:platform@acme.example"]
  }
}

# Left to gcp-storage-bucket-public and gcp-kms-crypto-key-public.
resource "google_storage_bucket_iam_member" "site" {
  bucket = "www-acme"
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_kms_crypto_key_iam_member" "key" {
  crypto_key_id = "projects/acme/locations/europe/keyRings/app/cryptoKeys/data"
  role          = "roles/cloudkms.cryptoKeyDecrypter"
  member        = "allUsers"
}
