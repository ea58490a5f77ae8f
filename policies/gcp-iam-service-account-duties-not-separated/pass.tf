# The identity team manages service accounts; deployers act as the one
# account they deploy with, granted on that account.
resource "google_project_iam_member" "identity_admins" {
  project = "shop-prod"
  role    = "roles/iam.serviceAccountAdmin"
  member  = "group:identity@example.com"
}

resource "google_service_account" "checkout" {
  account_id   = "checkout"
  display_name = "Checkout service"
  project      = "shop-prod"
}

resource "google_service_account_iam_member" "deployers_use_checkout" {
  service_account_id = google_service_account.checkout.name
  role               = "roles/iam.serviceAccountUser"
  member             = "group:deployers@example.com"
}

# Viewing service accounts, or another role, is no conflict.
resource "google_project_iam_binding" "identity_view" {
  project = "shop-prod"
  role    = "roles/iam.serviceAccountViewer"
  members = ["group:identity@example.com", "group:deployers@example.com"]
}

resource "google_project_iam_member" "deployers_run" {
  project = "shop-prod"
  role    = "roles/run.developer"
  member  = "group:deployers@example.com"
}

resource "google_storage_bucket_iam_member" "identity_reads_audit" {
  bucket = "shop-prod-audit"
  role   = "roles/storage.objectViewer"
  member = "group:identity@example.com"
}

resource "google_storage_bucket_iam_binding" "deployers_read_artifacts" {
  bucket  = "shop-prod-artifacts"
  role    = "roles/storage.objectViewer"
  members = ["group:identity@example.com", "group:deployers@example.com"]
}

resource "google_storage_bucket_iam_policy" "releases" {
  bucket = "shop-prod-releases"
  policy_data = jsonencode({
    bindings = [{ role = "roles/storage.objectAdmin", members = ["group:identity@example.com"] }]
  })
}

# Grants to everyone are left to gcp-iam-policy-grants-public.
resource "google_project_iam_member" "public_admin" {
  project = "shop-sandbox"
  role    = "roles/iam.serviceAccountAdmin"
  member  = "allUsers"
}

resource "google_project_iam_binding" "public_users" {
  project = "shop-sandbox"
  role    = "roles/iam.serviceAccountUser"
  members = ["allUsers", "group:sandbox@example.com"]
}

# A project policy from a data source, with the two roles held apart.
data "google_iam_policy" "tools" {
  binding {
    role    = "roles/iam.serviceAccountAdmin"
    members = ["group:identity@example.com", "allAuthenticatedUsers"]
  }
  binding {
    role    = "roles/iam.serviceAccountUser"
    members = ["serviceAccount:tools-ci@shop-tools.iam.gserviceaccount.com"]
  }
  binding {
    role    = "roles/logging.viewer"
    members = ["serviceAccount:tools-ci@shop-tools.iam.gserviceaccount.com"]
  }
}

resource "google_project_iam_policy" "tools" {
  project     = "shop-tools"
  policy_data = data.google_iam_policy.tools.policy_data
}

resource "google_organization_iam_policy" "root" {
  org_id = "204815596421"
  policy_data = jsonencode({
    bindings = [
      { role = "roles/iam.serviceAccountAdmin", members = ["group:org-identity@example.com", "allUsers"] },
      { role = "roles/iam.serviceAccountUser", members = ["group:org-deployers@example.com"] },
      { role = "roles/resourcemanager.organizationViewer", members = ["group:org-deployers@example.com"] },
    ]
  })
}
