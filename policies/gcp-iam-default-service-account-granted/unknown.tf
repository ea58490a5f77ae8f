variable "role" {}

resource "google_project_iam_member" "unknown_role" {
  project = "acme-prod"
  role    = var.role
  member  = "serviceAccount:123456789012-compute@developer.gserviceaccount.com" # expect: gcp-iam-default-service-account-granted unknown
}

variable "member" {}

resource "google_project_iam_member" "unknown_member" {
  project = "acme-prod"
  role    = "roles/logging.logWriter"
  member  = var.member # expect: gcp-iam-default-service-account-granted unknown
}

data "google_project" "project" {}

# The project number is not known, so neither is the member.
resource "google_project_iam_member" "from_project_number" {
  project = "acme-prod"
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:${data.google_project.project.number}-compute@developer.gserviceaccount.com" # expect: gcp-iam-default-service-account-granted unknown
}
