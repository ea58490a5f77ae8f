# A basic role granted to a personal account is reported by both policies:
# each asks for its own fix.
resource "google_project_iam_member" "gmail_owner" {
  project = "acme-prod"
  role    = "roles/owner" # expect: gcp-iam-basic-role-granted "`user:founder@gmail.com`"
  member  = "user:founder@gmail.com" # expect: gcp-iam-personal-account-granted "`roles/owner`"
}
