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
