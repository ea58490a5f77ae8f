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
