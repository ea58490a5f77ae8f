resource "google_project_iam_member" "dev_sa_user" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-user-at-project-level
  member  = "user:dev@example.com"
}

resource "google_folder_iam_binding" "token_creators" {
  folder  = "folders/1234567"
  role    = "roles/iam.serviceAccountTokenCreator" # expect: gcp-iam-service-account-user-at-project-level
  members = ["group:platform@example.com"]
}

resource "google_project_iam_member" "workload_identity_user" {
  project = "acme-prod"
  role    = "roles/iam.workloadIdentityUser" # expect: gcp-iam-service-account-user-at-project-level "`roles/iam.workloadIdentityUser`"
  member  = "principalSet://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/ci/*"
}

resource "google_project_iam_binding" "oidc_token_creators" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountOpenIdTokenCreator" # expect: gcp-iam-service-account-user-at-project-level "`roles/iam.serviceAccountOpenIdTokenCreator`"
  members = ["group:platform@example.com"]
}
