resource "google_service_account" "app" {
  account_id = "app"
}

resource "google_project_iam_member" "dedicated" {
  project = "acme-prod"
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:${google_service_account.app.email}"
}

resource "google_project_iam_binding" "writers" {
  project = "acme-prod"
  role    = "roles/monitoring.metricWriter"
  members = [
    "serviceAccount:app@acme-prod.iam.gserviceaccount.com",
    "group:sre@example.com",
    # Service agents and the Google APIs service account are not default
    # service accounts.
    "serviceAccount:service-123456789012@compute-system.iam.gserviceaccount.com",
    "serviceAccount:123456789012@cloudservices.gserviceaccount.com",
  ]
}

# A member whose known start is `group:` is a group, whatever the
# variable gives.
variable "groups" {
  type = map(string)
}

resource "google_project_iam_member" "billing_group" {
  project = "acme-prod"
  role    = "roles/billing.viewer"
  member  = "group:${var.groups["billing"]}"
}

resource "google_project_iam_binding" "federated" {
  project = "acme-prod"
  role    = "roles/storage.objectViewer"
  members = [
    "user:${var.groups["oncall"]}",
    "principalSet://iam.googleapis.com/${var.groups["pool"]}",
  ]
}

resource "google_folder_iam_member" "user" {
  folder = "folders/1234567890"
  role   = "roles/browser"
  member = "user:jane@example.com"
}

# A grant on a single resource is not a grant on the project.
resource "google_storage_bucket_iam_member" "bucket" {
  bucket = "acme-artifacts"
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:123456789012-compute@developer.gserviceaccount.com"
}

data "google_compute_default_service_account" "default" {
  project = "acme-prod"
}

resource "google_secret_manager_secret_iam_member" "secret" {
  secret_id = "db-password"
  role      = "roles/secretmanager.secretAccessor"
  member    = data.google_compute_default_service_account.default.member
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
    members = ["serviceAccount:app@acme-prod.iam.gserviceaccount.com"]
  }
}

resource "google_project_iam_policy" "project" {
  project     = "acme-prod"
  policy_data = data.google_iam_policy.project.policy_data
}

# A policy document not used for a project, folder or organization (here, a
# bucket's) is not checked.
data "google_iam_policy" "bucket" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["serviceAccount:acme-prod@appspot.gserviceaccount.com"]
  }
}

resource "google_storage_bucket_iam_policy" "bucket" {
  bucket      = "acme-assets"
  policy_data = data.google_iam_policy.bucket.policy_data
}

resource "google_pubsub_topic_iam_binding" "publishers" {
  topic   = "events"
  role    = "roles/pubsub.publisher"
  members = ["serviceAccount:acme-prod@appspot.gserviceaccount.com"]
}
