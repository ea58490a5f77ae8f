# The whole policy of a project, from a `google_iam_policy` data source.
data "google_iam_policy" "project" {
  binding {
    role    = "roles/cloudkms.admin" # expect: gcp-iam-kms-duties-not-separated "bob@"
    members = ["user:bob@example.com"]
  }
  binding {
    role    = "roles/cloudkms.cryptoKeyEncrypter" # expect: gcp-iam-kms-duties-not-separated "bob@"
    members = ["user:bob@example.com", "serviceAccount:ingest@acme-prod.iam.gserviceaccount.com"]
  }
}

resource "google_project_iam_policy" "project" {
  project     = "acme-prod"
  policy_data = data.google_iam_policy.project.policy_data
}

# A key ring's policy written with jsonencode.
resource "google_kms_key_ring_iam_policy" "ring" {
  key_ring_id = "acme-prod/europe-west1/ring"
  policy_data = jsonencode({
    bindings = [
      { role = "roles/cloudkms.admin", members = ["user:carol@example.com"] }, # expect: gcp-iam-kms-duties-not-separated "carol@"
      { role = "roles/cloudkms.cryptoKeyEncrypterDecrypter", members = ["user:carol@example.com"] }, # expect: gcp-iam-kms-duties-not-separated "carol@"
    ]
  })
}
