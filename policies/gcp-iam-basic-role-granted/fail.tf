resource "google_project_iam_member" "owner_user" {
  project = "acme-prod"
  role    = "roles/owner" # expect: gcp-iam-basic-role-granted "grants the basic role `roles/owner` to `user:jane@example.com`"
  member  = "user:jane@example.com"
}

resource "google_folder_iam_member" "editor_group" {
  folder = "folders/1234567890"
  role   = "roles/editor" # expect: gcp-iam-basic-role-granted "`google_folder_iam_member.editor_group`"
  member = "group:developers@example.com"
}

resource "google_organization_iam_member" "viewer_domain" {
  org_id = "123456789012"
  role   = "roles/viewer" # expect: gcp-iam-basic-role-granted "`domain:example.com`"
  member = "domain:example.com"
}

# Viewer is not an administrative role, so only this policy reports it for
# a service account.
resource "google_project_iam_member" "viewer_sa" {
  project = "acme-prod"
  role    = "roles/viewer" # expect: gcp-iam-basic-role-granted "`serviceAccount:monitoring@acme-prod.iam.gserviceaccount.com`"
  member  = "serviceAccount:monitoring@acme-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_binding" "editors" {
  project = "acme-prod"
  role    = "roles/editor" # expect: gcp-iam-basic-role-granted "`user:jane@example.com`", gcp-iam-basic-role-granted "`group:ops@example.com`", gcp-iam-service-account-admin-role "`serviceAccount:ci@acme-prod.iam.gserviceaccount.com`"
  members = [
    "user:jane@example.com",
    "group:ops@example.com",
    "serviceAccount:ci@acme-prod.iam.gserviceaccount.com",
  ]
}

resource "google_organization_iam_binding" "viewers" {
  org_id  = "123456789012"
  role    = "roles/viewer" # expect: gcp-iam-basic-role-granted "`google_organization_iam_binding.viewers`"
  members = ["group:auditors@example.com"]
}

variable "owner_role" {
  default = "roles/owner"
}

resource "google_folder_iam_binding" "owners" {
  folder  = "folders/1234567890"
  role    = var.owner_role # expect: gcp-iam-basic-role-granted "`roles/owner`"
  members = ["user:admin@example.com"]
}

resource "google_folder_iam_policy" "folder" {
  folder = "folders/1234567890"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/owner" # expect: gcp-iam-basic-role-granted "`google_folder_iam_policy.folder` grants the basic role `roles/owner` to `group:admins@example.com`"
        members = ["group:admins@example.com"]
      },
      {
        # Owner to a service account: gcp-iam-service-account-admin-role.
        role    = "roles/owner" # expect: gcp-iam-service-account-admin-role
        members = ["serviceAccount:admin@acme-prod.iam.gserviceaccount.com"]
      },
      {
        role    = "roles/storage.objectViewer"
        members = ["group:readers@example.com"]
      },
    ]
  })
}

data "google_iam_policy" "project" {
  binding {
    role    = "roles/editor" # expect: gcp-iam-basic-role-granted "IAM policy `data.google_iam_policy.project`"
    members = ["user:jane@example.com"]
  }
  binding {
    role    = "roles/logging.viewer"
    members = ["group:sre@example.com"]
  }
}

resource "google_project_iam_policy" "project" {
  project     = "acme-prod"
  policy_data = data.google_iam_policy.project.policy_data
}
