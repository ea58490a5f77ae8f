# Audit logs for every service are configured on the organization, which
# its projects inherit.
resource "google_organization_iam_audit_config" "all" {
  org_id  = "123456789012"
  service = "allServices"
  audit_log_config {
    log_type = "DATA_READ"
  }
  audit_log_config {
    log_type = "DATA_WRITE"
  }
}

resource "google_project" "app" {
  name       = "acme-app"
  project_id = "acme-app"
  org_id     = "123456789012"
}
