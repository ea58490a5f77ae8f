resource "google_service_account" "ci" {
  account_id = "ci-deployer"
}

resource "google_iam_workload_identity_pool" "github" {
  workload_identity_pool_id = "github"
}

resource "google_service_account_iam_member" "ci_wif" {
  service_account_id = google_service_account.ci.name
  role               = "roles/iam.workloadIdentityUser"
  member             = "principalSet://iam.googleapis.com/${google_iam_workload_identity_pool.github.name}/attribute.repository/acme/app"
}

# The private key is generated and kept outside Terraform.
resource "google_service_account_key" "uploaded" {
  service_account_id = google_service_account.ci.name
  public_key_data    = filebase64("ci-key.pem")
}

# A key kept deactivated before its deletion.
resource "google_storage_hmac_key" "retired" {
  service_account_email = "backup@acme-prod.iam.gserviceaccount.com"
  state                 = "INACTIVE"
}
