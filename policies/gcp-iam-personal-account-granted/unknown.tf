variable "member" {}

resource "google_project_iam_member" "unknown_member" {
  project = "acme-prod"
  role    = "roles/compute.viewer"
  member  = var.member # expect: gcp-iam-personal-account-granted unknown
}

variable "members" {}

resource "google_project_iam_binding" "unknown_members" {
  project = "acme-prod"
  role    = "roles/compute.viewer"
  members = var.members # expect: gcp-iam-personal-account-granted unknown
}
