resource "google_service_account" "deployer" {
  account_id = "deployer"
}

resource "google_service_account_iam_member" "ci_uses_deployer" {
  service_account_id = google_service_account.deployer.name
  role               = "roles/iam.serviceAccountUser"
  member             = "serviceAccount:ci@acme-ops.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "viewer" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "user:dev@example.com"
}

resource "google_service_account_iam_member" "workload_identity_user" {
  service_account_id = "projects/acme-prod/serviceAccounts/deployer@acme-prod.iam.gserviceaccount.com"
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/ci/*"
}
