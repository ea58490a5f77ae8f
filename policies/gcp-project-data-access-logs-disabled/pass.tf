resource "google_project" "app" {
  name       = "acme-app"
  project_id = "acme-app"
  org_id     = "123456789012"
}

resource "google_project_iam_audit_config" "app" {
  project = "acme-app"
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ"
  }
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

# A config for one service is not checked.
resource "google_project_iam_audit_config" "storage" {
  project = "acme-app"
  service = "storage.googleapis.com"
  audit_log_config {
    log_type = "DATA_READ"
  }
}
