# One grant per role for the same member: the keys of the instances hold dots.
resource "google_project_iam_member" "ops" {
  for_each = toset(["roles/cloudkms.admin", "roles/cloudkms.cryptoKeyEncrypterDecrypter", "roles/monitoring.viewer"])
  project  = "acme-prod"
  # expect: gcp-iam-kms-duties-not-separated "a role that uses the keys"
  role     = each.value # expect: gcp-iam-kms-duties-not-separated "Cloud KMS Admin"
  member   = "user:ops@example.com"
}
