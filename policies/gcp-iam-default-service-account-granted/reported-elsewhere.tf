# Grants to a default service account that other policies report.

# Editor: gcp-iam-service-account-admin-role (as for every service account).
resource "google_project_iam_member" "compute_default_editor" {
  project = "acme-prod"
  role    = "roles/editor" # expect: gcp-iam-service-account-admin-role "`serviceAccount:123456789012-compute@developer.gserviceaccount.com`"
  member  = "serviceAccount:123456789012-compute@developer.gserviceaccount.com"
}

# An `*Admin` role: gcp-iam-service-account-admin-role.
resource "google_folder_iam_binding" "storage_admins" {
  folder  = "folders/1234567890"
  role    = "roles/storage.admin" # expect: gcp-iam-service-account-admin-role "`serviceAccount:acme-prod@appspot.gserviceaccount.com`"
  members = ["serviceAccount:acme-prod@appspot.gserviceaccount.com"]
}

# Viewer: gcp-iam-basic-role-granted.
resource "google_organization_iam_member" "viewer" {
  org_id = "123456789012"
  role   = "roles/viewer" # expect: gcp-iam-basic-role-granted "`serviceAccount:123456789012-compute@developer.gserviceaccount.com`"
  member = "serviceAccount:123456789012-compute@developer.gserviceaccount.com"
}

# Owner or Editor in a whole-resource policy: gcp-iam-service-account-admin-role.
resource "google_project_iam_policy" "project" {
  project = "acme-prod"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/editor" # expect: gcp-iam-service-account-admin-role "`serviceAccount:acme-prod@appspot.gserviceaccount.com`"
        members = ["serviceAccount:acme-prod@appspot.gserviceaccount.com"]
      },
    ]
  })
}

data "google_iam_policy" "folder" {
  binding {
    role    = "roles/owner" # expect: gcp-iam-service-account-admin-role "IAM policy `data.google_iam_policy.folder`"
    members = ["serviceAccount:123456789012-compute@developer.gserviceaccount.com"]
  }
}

resource "google_folder_iam_policy" "folder" {
  folder      = "folders/1234567890"
  policy_data = data.google_iam_policy.folder.policy_data
}
