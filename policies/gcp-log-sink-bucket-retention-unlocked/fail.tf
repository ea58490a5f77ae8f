resource "google_storage_bucket" "audit" { # expect: gcp-log-sink-bucket-retention-unlocked "no retention policy"
  name     = "acme-audit-logs"
  location = "EU"
}

resource "google_logging_project_sink" "audit" {
  name        = "audit"
  destination = "storage.googleapis.com/${google_storage_bucket.audit.name}"
  filter      = "logName:\"cloudaudit.googleapis.com\""
}

resource "google_storage_bucket" "org_logs" {
  name     = "acme-org-logs"
  location = "EU"
  retention_policy {
    retention_period = 31536000
    is_locked        = false # expect: gcp-log-sink-bucket-retention-unlocked "not locked"
  }
}

resource "google_logging_organization_sink" "all" {
  name             = "all"
  org_id           = "123456789012"
  destination      = "storage.googleapis.com/acme-org-logs"
  include_children = true
}

resource "google_logging_project_bucket_config" "audit" { # expect: gcp-log-sink-bucket-retention-unlocked "Cloud Logging bucket"
  project        = "acme-logging"
  location       = "europe-west1"
  bucket_id      = "audit"
  retention_days = 400
}

resource "google_logging_project_bucket_config" "security" {
  project        = "acme-logging"
  location       = "europe-west1"
  bucket_id      = "security"
  retention_days = 400
  locked         = false # expect: gcp-log-sink-bucket-retention-unlocked "Cloud Logging bucket"
}
