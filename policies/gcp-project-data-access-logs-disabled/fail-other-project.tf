resource "google_project" "audited" {
  name       = "audited"
  project_id = "acme-audited"
}

resource "google_project" "other" { # expect: gcp-project-data-access-logs-disabled "`google_project.other`"
  name       = "other"
  project_id = "acme-other"
}

resource "google_project" "one_service" { # expect: gcp-project-data-access-logs-disabled "`google_project.one_service`"
  name       = "one-service"
  project_id = "acme-one-service"
}

# Refers to `audited`: not the audit config of `other`.
resource "google_project_iam_audit_config" "audited" {
  project = google_project.audited.id
  service = "allServices"
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

resource "google_project_iam_audit_config" "one_service" {
  project = google_project.one_service.id
  service = "storage.googleapis.com"
  audit_log_config {
    log_type = "DATA_READ"
  }
}
