resource "google_project_iam_member" "corporate_user" {
  project = "acme-prod"
  role    = "roles/compute.viewer"
  member  = "user:jane@example.com"
}

resource "google_project_iam_binding" "corporate" {
  project = "acme-prod"
  role    = "roles/container.developer"
  members = [
    "group:developers@example.com",
    "domain:example.com",
    "serviceAccount:ci@acme-prod.iam.gserviceaccount.com",
    # Look-alike domains are not consumer accounts.
    "user:jane@gmail.com.example.com",
    "user:jane@notgmail.com",
    "user:jane@yahoo.example.com",
    "user:jane@outlookconsulting.com",
    "user:jane@me.example.org",
    "group:team@groups.example.com",
  ]
}

resource "google_storage_bucket_iam_member" "bucket" {
  bucket = "acme-exports"
  role   = "roles/storage.objectViewer"
  member = "group:exports@example.com"
}

resource "google_organization_iam_policy" "org" {
  org_id = "123456789012"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/resourcemanager.organizationAdmin"
        members = ["group:org-admins@example.com"]
      },
    ]
  })
}

data "google_iam_policy" "project" {
  binding {
    role    = "roles/logging.viewer"
    members = ["group:sre@example.com"]
  }
}

resource "google_project_iam_policy" "project" {
  project     = "acme-prod"
  policy_data = data.google_iam_policy.project.policy_data
}

resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_project_iam_member" "module_service_account" {
  project = "acme-prod"
  role    = "roles/cloudbuild.builds.editor"
  member  = "serviceAccount:${google_service_account.ci.email}"
}
