resource "google_project" "app" { # expect: gcp-project-data-access-logs-disabled
  name       = "acme-app"
  project_id = "acme-app"
  org_id     = "123456789012"
}

resource "google_project" "data" {
  name       = "acme-data"
  project_id = "acme-data"
  org_id     = "123456789012"
}

resource "google_project_iam_audit_config" "data" {
  project = google_project.data.project_id
  service = "allServices"
  audit_log_config {
    log_type = "ADMIN_READ" # expect: gcp-project-data-access-logs-disabled "`DATA_READ` and `DATA_WRITE`"
  }
  audit_log_config {
    log_type         = "DATA_WRITE"
    exempted_members = ["user:batch@example.com"] # expect: gcp-project-data-access-logs-disabled "exempts"
  }
}

resource "google_project_iam_audit_config" "storage" {
  project = google_project.data.project_id
  service = "storage.googleapis.com"
  audit_log_config {
    log_type         = "DATA_READ"
    exempted_members = ["serviceAccount:etl@example-data.iam.gserviceaccount.com"] # expect: gcp-project-data-access-logs-disabled "exempts"
  }
}
