# One grant per role for the same member, whose address comes from a
# variable with a default: the keys of the instances hold dots.
variable "release_manager" {
  type    = string
  default = "user:gabe@example.com"
}

resource "google_project_iam_member" "release" {
  for_each = toset(["roles/iam.serviceAccountAdmin", "roles/iam.serviceAccountUser", "roles/run.admin"])
  project  = "shop-prod"
  # expect: gcp-iam-service-account-duties-not-separated "Service Account User"
  role     = each.value # expect: gcp-iam-service-account-duties-not-separated "Service Account Admin"
  member   = var.release_manager
}
