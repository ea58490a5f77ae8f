resource "google_project_iam_member" "ci_deployer" {
  project = "acme-prod"
  role    = "roles/run.developer"
  member  = "serviceAccount:ci@acme-ops.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "people_owner" {
  project = "acme-prod"
  role    = "roles/owner"
  member  = "group:admins@example.com"
}

resource "google_project_iam_binding" "viewers" {
  project = "acme-prod"
  role    = "roles/viewer"
  members = ["serviceAccount:monitor@acme-ops.iam.gserviceaccount.com"]
}

# A grant on one bucket, not on the project.
resource "google_storage_bucket_iam_member" "uploads" {
  bucket = "acme-uploads"
  role   = "roles/storage.objectAdmin"
  member = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"
}

# Google-managed service agents: Cloud KMS Autokey needs the Cloud KMS
# service agent to hold Cloud KMS Admin on the key project (as
# terraform-google-kms's autokey module grants it).
data "google_project" "kms_project" {
  project_id = "acme-keys"
}

resource "google_project_iam_member" "autokey_project_admin" {
  project = "acme-keys"
  role    = "roles/cloudkms.admin"
  member  = "serviceAccount:service-${data.google_project.kms_project.number}@gcp-sa-cloudkms.iam.gserviceaccount.com"
}

resource "google_project_service_identity" "gke" {
  provider = google-beta
  project  = "acme-prod"
  service  = "container.googleapis.com"
}

resource "google_project_iam_binding" "agents" {
  project = "acme-prod"
  role    = "roles/compute.networkAdmin"
  members = [
    "serviceAccount:service-123456789012@gcp-sa-networkconnectivity.iam.gserviceaccount.com",
    google_project_service_identity.gke.member,
  ]
}
