resource "google_project_iam_member" "predefined" {
  project = "acme-prod"
  role    = "roles/compute.viewer"
  member  = "user:jane@example.com"
}

resource "google_project_iam_binding" "custom" {
  project = "acme-prod"
  role    = "projects/acme-prod/roles/deployer"
  members = ["group:developers@example.com"]
}

# Owner and Editor for a service account are reported by
# gcp-iam-service-account-admin-role.
resource "google_project_iam_member" "editor_sa" {
  project = "acme-prod"
  role    = "roles/editor"
  member  = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"
}

resource "google_service_account" "deployer" {
  account_id = "deployer"
}

resource "google_project_iam_binding" "owner_sa" {
  project = "acme-prod"
  role    = "roles/owner"
  members = ["serviceAccount:${google_service_account.deployer.email}"]
}

# Public grants are reported by gcp-iam-policy-grants-public.
resource "google_project_iam_member" "public" {
  project = "acme-prod"
  role    = "roles/viewer"
  member  = "allAuthenticatedUsers"
}

# A basic role on a single resource is not a grant on the project.
resource "google_service_account_iam_member" "sa_viewer" {
  service_account_id = google_service_account.deployer.name
  role               = "roles/viewer"
  member             = "user:jane@example.com"
}

resource "google_project_iam_policy" "project" {
  project = "acme-prod"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/compute.admin"
        members = ["group:platform@example.com"]
      },
    ]
  })
}

data "google_iam_policy" "org" {
  binding {
    role    = "roles/resourcemanager.organizationAdmin"
    members = ["group:org-admins@example.com"]
  }
  binding {
    role    = "roles/viewer"
    members = ["allUsers"]
  }
}

resource "google_organization_iam_policy" "org" {
  org_id      = "123456789012"
  policy_data = data.google_iam_policy.org.policy_data
}

# A policy document not used for a project, folder or organization (here, a
# bucket's) is not checked.
data "google_iam_policy" "bucket" {
  binding {
    role    = "roles/viewer"
    members = ["user:jane@example.com"]
  }
}

resource "google_storage_bucket_iam_policy" "bucket" {
  bucket      = "acme-assets"
  policy_data = data.google_iam_policy.bucket.policy_data
}

resource "google_storage_bucket_iam_binding" "bucket_viewers" {
  bucket  = "acme-assets"
  role    = "roles/viewer"
  members = ["group:readers@example.com"]
}

resource "google_project_iam_member" "admin_sa" {
  project = "acme-prod"
  role    = "roles/iam.securityAdmin"
  member  = "serviceAccount:${google_service_account.deployer.email}"
}

data "google_iam_policy" "folder" {
  binding {
    role    = "roles/resourcemanager.folderViewer"
    members = ["group:auditors@example.com"]
  }
}

resource "google_folder_iam_policy" "folder" {
  folder      = "folders/1234567890"
  policy_data = data.google_iam_policy.folder.policy_data
}
