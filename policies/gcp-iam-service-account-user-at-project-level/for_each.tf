# One grant per role: the instance keys hold dots (`roles/iam.serviceAccountUser`).
resource "google_project_iam_member" "deployer" {
  for_each = toset(["roles/run.developer", "roles/iam.serviceAccountUser"])
  project  = "acme-prod"
  role     = each.value # expect: gcp-iam-service-account-user-at-project-level "`roles/iam.serviceAccountUser`"
  member   = "user:deployer@example.com"
}
