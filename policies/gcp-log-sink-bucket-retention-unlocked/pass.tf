resource "google_storage_bucket" "audit" {
  name     = "acme-audit-logs"
  location = "EU"
  retention_policy {
    retention_period = 31536000
    is_locked        = true
  }
}

resource "google_logging_project_sink" "audit" {
  name        = "audit"
  destination = "storage.googleapis.com/${google_storage_bucket.audit.name}"
}

# Not the destination of a sink.
resource "google_storage_bucket" "assets" {
  name     = "acme-assets"
  location = "EU"
}

resource "google_logging_project_sink" "bigquery" {
  name        = "analytics"
  destination = "bigquery.googleapis.com/projects/acme/datasets/logs"
}

resource "google_logging_project_bucket_config" "audit" {
  project        = "acme-logging"
  location       = "europe-west1"
  bucket_id      = "audit"
  retention_days = 400
  locked         = true
}

resource "google_logging_project_bucket_config" "default" {
  project        = "acme-logging"
  location       = "global"
  bucket_id      = "_Default"
  retention_days = 90
}
