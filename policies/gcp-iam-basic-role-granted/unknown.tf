variable "role" {}

resource "google_project_iam_member" "unknown_role" {
  project = "acme-prod"
  role    = var.role # expect: gcp-iam-basic-role-granted unknown
  member  = "user:jane@example.com"
}

variable "member" {}

resource "google_project_iam_member" "unknown_member" {
  project = "acme-prod"
  role    = "roles/editor" # expect: gcp-iam-basic-role-granted unknown
  member  = var.member
}
