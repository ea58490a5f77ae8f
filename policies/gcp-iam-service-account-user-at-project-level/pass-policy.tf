# Whole policies: a service agent, other roles, and a policy document used
# for one service account rather than a project.
resource "google_organization_iam_policy" "org" {
  org_id = "123456789012"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/iam.serviceAccountTokenCreator"
        members = ["serviceAccount:service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com"]
      },
      {
        role    = "roles/resourcemanager.organizationViewer"
        members = ["group:auditors@example.com"]
      },
    ]
  })
}

data "google_iam_policy" "deployer" {
  binding {
    role    = "roles/iam.serviceAccountUser"
    members = ["group:deployers@example.com"]
  }
}

resource "google_service_account_iam_policy" "deployer" {
  service_account_id = "projects/acme-prod/serviceAccounts/deployer@acme-prod.iam.gserviceaccount.com"
  policy_data        = data.google_iam_policy.deployer.policy_data
}
