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

resource "google_pubsub_topic_iam_policy" "json" {
  topic = "events"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/pubsub.subscriber"
        members = ["group:devs@acme.example", "serviceAccount:app@acme.iam.gserviceaccount.com"]
      },
    ]
  })
}

# Left to gcp-kms-crypto-key-public.
resource "google_kms_crypto_key_iam_policy" "json" {
  crypto_key_id = "projects/acme/locations/europe/keyRings/app/cryptoKeys/data"
  policy_data = jsonencode({
    bindings = [{ role = "roles/cloudkms.cryptoKeyDecrypter", members = ["allUsers"] }]
  })
}

data "google_iam_policy" "kms" {
  binding {
    role    = "roles/cloudkms.cryptoKeyDecrypter"
    members = ["allUsers"]
  }
}

resource "google_kms_key_ring_iam_policy" "kms" {
  key_ring_id = "projects/acme/locations/europe/keyRings/app"
  policy_data = data.google_iam_policy.kms.policy_data
}

# Left to gcp-storage-bucket-public and gcp-bigquery-dataset-public.
data "google_iam_policy" "bucket" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["allUsers"]
  }
}

resource "google_storage_bucket_iam_policy" "bucket" {
  bucket      = "acme-downloads"
  policy_data = data.google_iam_policy.bucket.policy_data
}

data "google_iam_policy" "dataset" {
  binding {
    role    = "roles/bigquery.dataViewer"
    members = ["allAuthenticatedUsers"]
  }
}

resource "google_bigquery_dataset_iam_policy" "dataset" {
  dataset_id  = "analytics"
  policy_data = data.google_iam_policy.dataset.policy_data
}

resource "google_cloud_run_v2_service" "checked" {
  name                 = "checked"
  location             = "europe-west1"
  invoker_iam_disabled = false
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/site:4.0.1"
    }
  }
}
