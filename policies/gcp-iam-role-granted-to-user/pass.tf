resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_project_iam_member" "group" {
  project = "acme-prod"
  role    = "roles/cloudsql.admin"
  member  = "group:dba@example.com"
}

resource "google_project_iam_member" "ci" {
  project = "acme-prod"
  role    = "roles/cloudbuild.builds.editor"
  member  = google_service_account.ci.member
}

resource "google_project_iam_binding" "others" {
  project = "acme-prod"
  role    = "roles/viewer"
  members = [
    "domain:example.com",
    "serviceAccount:${google_service_account.ci.email}",
    google_service_account.ci.member,
    "principalSet://iam.googleapis.com/locations/global/workforcePools/corp/group/sre",
    "principal://iam.googleapis.com/projects/123/locations/global/workloadIdentityPools/github/subject/repo:acme/app",
  ]
}

# Temporary access that expires.
resource "google_project_iam_member" "break_glass" {
  project = "acme-prod"
  role    = "roles/owner"
  member  = "user:alice@example.com"

  condition {
    title      = "incident-4711"
    expression = "request.time < timestamp(\"2026-06-01T00:00:00Z\")"
  }
}

resource "google_folder_iam_binding" "temporary" {
  folder  = "folders/1234567890"
  role    = "roles/browser"
  members = ["user:bob@example.com"]

  condition {
    title      = "until end of audit"
    expression = "request.time < timestamp(\"2026-03-31T00:00:00Z\")"
  }
}

resource "google_project_iam_policy" "project" {
  project = "acme-prod"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/monitoring.viewer"
        members = ["group:sre@example.com"]
      },
      {
        role    = "roles/logging.viewer"
        members = ["user:carol@example.com"]
        condition = {
          title      = "expires"
          expression = "request.time < timestamp(\"2026-01-01T00:00:00Z\")"
        }
      },
    ]
  })
}

data "google_iam_policy" "topic" {
  binding {
    role    = "roles/pubsub.publisher"
    members = ["serviceAccount:publisher@acme-prod.iam.gserviceaccount.com"]
  }
  binding {
    role    = "roles/pubsub.subscriber"
    members = ["user:grace@example.com"]
    condition {
      title      = "pilot"
      expression = "request.time < timestamp(\"2026-02-01T00:00:00Z\")"
    }
  }
}

# The data source's bindings are read where it is written.
resource "google_pubsub_topic_iam_policy" "topic" {
  topic       = "orders"
  policy_data = data.google_iam_policy.topic.policy_data
}

# Google-managed identities: a service agent and a log sink's writer.
resource "google_project_service_identity" "sql" {
  provider = google-beta
  project  = "acme-prod"
  service  = "sqladmin.googleapis.com"
}

resource "google_project_iam_member" "sql_agent" {
  project = "acme-prod"
  role    = "roles/cloudkms.cryptoKeyEncrypterDecrypter"
  member  = google_project_service_identity.sql.member
}

resource "google_logging_project_sink" "audit" {
  name                   = "audit"
  destination            = "storage.googleapis.com/acme-audit"
  unique_writer_identity = true
}

resource "google_project_iam_member" "sink_writer" {
  project = "acme-prod"
  role    = "roles/storage.objectCreator"
  member  = google_logging_project_sink.audit.writer_identity
}
