resource "google_logging_project_bucket_config" "year" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "_Default"
  retention_days = 365
}

resource "google_logging_project_bucket_config" "audit" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "audit"
  retention_days = "400"
  locked         = true
}

resource "google_logging_organization_bucket_config" "long" {
  organization   = "123456789"
  location       = "global"
  bucket_id      = "_Default"
  retention_days = 3650
}
