# param: log_retention_min_days = 90

resource "google_logging_project_bucket_config" "quarter" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "_Default"
  retention_days = 90
}

resource "google_logging_project_bucket_config" "month" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "app-logs"
  retention_days = 30 # expect: gcp-logging-bucket-retention-short "less than 90"
}
