resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_project_iam_member" "ci_owner" {
  project = "acme-prod"
  role    = "roles/owner" # expect: gcp-iam-service-account-admin-role fail
  member  = "serviceAccount:${google_service_account.ci.email}"
}

resource "google_organization_iam_member" "audit" {
  org_id = "123456789012"
  role   = "roles/iam.securityAdmin" # expect: gcp-iam-service-account-admin-role
  member = "serviceAccount:audit@acme-ops.iam.gserviceaccount.com"
}

resource "google_folder_iam_binding" "editors" {
  folder = "folders/1234567"
  role   = "roles/editor" # expect: gcp-iam-service-account-admin-role "deployer@"
  members = [
    "group:platform@example.com",
    "serviceAccount:deployer@acme-ops.iam.gserviceaccount.com",
  ]
}

variable "member" {
  type = string
}

resource "google_project_iam_member" "unknown" {
  project = "acme-prod"
  role    = "roles/editor" # expect: gcp-iam-service-account-admin-role unknown
  member  = var.member
}
