# Google-managed service agents (`service-PROJECT_NUMBER@serverless-robot-prod.iam.gserviceaccount.com`,
# ...) are never default service accounts: a member built from a
# `google_project_service_identity` of the module passes, although its
# address is not known statically (terraform-google-cloud-run).
variable "project_id" {}

resource "google_project_service_identity" "serverless_sa" {
  provider = google-beta
  project  = var.project_id
  service  = "run.googleapis.com"
}

resource "google_project_service_identity" "vpcaccess" {
  provider = google-beta
  project  = var.project_id
  service  = "vpcaccess.googleapis.com"
}

resource "google_project_iam_member" "serverless_service_agent" {
  project = var.project_id
  role    = "roles/run.serviceAgent"
  member  = "serviceAccount:${google_project_service_identity.serverless_sa.email}"
}

resource "google_project_iam_member" "vpcaccess_network_user" {
  count   = 1
  project = var.project_id
  role    = "roles/compute.networkUser"
  member  = google_project_service_identity.vpcaccess.member
}

resource "google_project_iam_binding" "vpcaccess_users" {
  project = var.project_id
  role    = "roles/vpcaccess.user"
  members = [
    "serviceAccount:${google_project_service_identity.serverless_sa.email}",
    "serviceAccount:${google_project_service_identity.vpcaccess.email}",
    "group:network-admins@example.com",
  ]
}

data "google_iam_policy" "agents" {
  binding {
    role    = "roles/pubsub.publisher"
    members = ["serviceAccount:${google_project_service_identity.serverless_sa.email}"]
  }
}

resource "google_project_iam_policy" "agents" {
  project     = var.project_id
  policy_data = data.google_iam_policy.agents.policy_data
}

# The Cloud Storage service agent, from its data source.
data "google_storage_project_service_account" "gcs_account" {
  project = var.project_id
}

resource "google_project_iam_member" "gcs_pubsub_publishing" {
  project = var.project_id
  role    = "roles/pubsub.publisher"
  member  = "serviceAccount:${data.google_storage_project_service_account.gcs_account.email_address}"
}

# The BigQuery service agent, from its data source.
data "google_bigquery_default_service_account" "bq_sa" {
  project = var.project_id
}

resource "google_project_iam_member" "bq_encrypter" {
  project = var.project_id
  role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member  = "serviceAccount:${data.google_bigquery_default_service_account.bq_sa.email}"
}

# The service agent of a BigQuery connection (`bqcx-...@gcp-sa-bigquery-condel.iam.gserviceaccount.com`).
resource "google_bigquery_connection" "lake" {
  connection_id = "lake"
  location      = "US"
  cloud_resource {}
}

resource "google_project_iam_member" "lake_reader" {
  project = var.project_id
  role    = "roles/storage.objectViewer"
  member  = "serviceAccount:${google_bigquery_connection.lake.cloud_resource[0].service_account_id}"
}

# The Storage Transfer Service agent, from its data source.
data "google_storage_transfer_project_service_account" "sts" {
  project = var.project_id
}

# One binding, one member per agent it refers to.
resource "google_project_iam_binding" "encrypters" {
  project = var.project_id
  role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  members = [
    "serviceAccount:${data.google_storage_project_service_account.gcs_account.email_address}",
    "serviceAccount:${data.google_bigquery_default_service_account.bq_sa.email}",
    "serviceAccount:${google_bigquery_connection.lake.cloud_resource[0].service_account_id}",
    "serviceAccount:${data.google_storage_transfer_project_service_account.sts.email}",
  ]
}

data "google_iam_policy" "lake" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["serviceAccount:${google_bigquery_connection.lake.cloud_resource[0].service_account_id}"]
  }
}

resource "google_folder_iam_policy" "lake" {
  folder      = "folders/1234567890"
  policy_data = data.google_iam_policy.lake.policy_data
}
