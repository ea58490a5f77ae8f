# Whole policies of a project, folder or organization.
resource "google_project_iam_policy" "project" {
  project = "acme-prod"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-user-at-project-level "`google_project_iam_policy.project` grants `roles/iam.serviceAccountUser` to `user:dev@example.com`"
        members = ["user:dev@example.com"]
      },
      {
        role    = "roles/logging.viewer"
        members = ["group:sre@example.com"]
      },
    ]
  })
}

data "google_iam_policy" "folder" {
  binding {
    role = "roles/iam.serviceAccountTokenCreator" # expect: gcp-iam-service-account-user-at-project-level "IAM policy `data.google_iam_policy.folder`"
    members = [
      "group:platform@example.com",
      "serviceAccount:service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com",
    ]
  }
}

resource "google_folder_iam_policy" "folder" {
  folder      = "folders/1234567890"
  policy_data = data.google_iam_policy.folder.policy_data
}
