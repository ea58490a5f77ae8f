variable "log_days_unknown" {
  type = number
}

resource "google_logging_project_bucket_config" "unknown" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "app"
  retention_days = var.log_days_unknown # expect: gcp-logging-bucket-retention-short unknown
}
