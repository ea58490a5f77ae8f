resource "google_project_iam_member" "dba" {
  project = "acme-prod"
  role    = "roles/cloudsql.admin"
  member  = "user:alice@example.com" # expect: gcp-iam-role-granted-to-user "`google_project_iam_member.dba` grants `roles/cloudsql.admin` directly to `user:alice@example.com`"
}

resource "google_folder_iam_binding" "viewers" {
  folder = "folders/1234567890"
  role   = "roles/viewer"
  members = [
    "group:auditors@example.com",
    "user:bob@example.com", # expect: gcp-iam-role-granted-to-user "`user:bob@example.com`"
  ]
}

variable "oncall_email" {
  type = string
}

resource "google_organization_iam_member" "template" {
  org_id = "123456789012"
  role   = "roles/logging.viewer"
  member = "user:${var.oncall_email}" # expect: gcp-iam-role-granted-to-user fail
}

variable "member" {
  type = string
}

resource "google_storage_bucket_iam_member" "unknown" {
  bucket = "acme-exports"
  role   = "roles/storage.objectViewer"
  member = var.member # expect: gcp-iam-role-granted-to-user unknown
}

resource "google_secret_manager_secret_iam_member" "workforce" {
  secret_id = "api-key"
  role      = "roles/secretmanager.secretAccessor"
  member    = "principal://iam.googleapis.com/locations/global/workforcePools/corp/subject/carol@example.com" # expect: gcp-iam-role-granted-to-user "`google_secret_manager_secret_iam_member.workforce`"
}

# A condition that does not end the grant in time.
resource "google_project_iam_member" "conditional" {
  project = "acme-prod"
  role    = "roles/storage.admin"
  member  = "user:dave@example.com" # expect: gcp-iam-role-granted-to-user "`google_project_iam_member.conditional`"

  condition {
    title      = "exports only"
    expression = "resource.name.startsWith(\"projects/_/buckets/exports\")"
  }
}

resource "google_project_iam_policy" "project" {
  project = "acme-prod"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/monitoring.viewer"
        members = ["group:sre@example.com", "user:erin@example.com"] # expect: gcp-iam-role-granted-to-user "`google_project_iam_policy.project` grants `roles/monitoring.viewer`"
      },
    ]
  })
}

data "google_iam_policy" "topic" {
  binding {
    role    = "roles/pubsub.publisher"
    members = ["user:frank@example.com"] # expect: gcp-iam-role-granted-to-user "IAM policy `data.google_iam_policy.topic`"
  }
}
