# Whole policies of a project, folder or organization.
resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_project_iam_policy" "project" {
  project = "acme-prod"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/editor" # expect: gcp-iam-service-account-admin-role "`google_project_iam_policy.project` grants `roles/editor`"
        members = ["serviceAccount:deployer@acme-prod.iam.gserviceaccount.com"]
      },
      {
        role    = "roles/editor"
        members = ["group:sre@example.com"]
      },
    ]
  })
}

data "google_iam_policy" "org" {
  binding {
    role = "roles/resourcemanager.organizationAdmin" # expect: gcp-iam-service-account-admin-role "IAM policy `data.google_iam_policy.org`"
    members = [
      "serviceAccount:${google_service_account.ci.email}",
      "group:org-admins@example.com",
    ]
  }
}

resource "google_organization_iam_policy" "org" {
  org_id      = "123456789012"
  policy_data = data.google_iam_policy.org.policy_data
}
