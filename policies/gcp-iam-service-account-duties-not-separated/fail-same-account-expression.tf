# The deployer account of the module manages service accounts and acts as
# them: both grants name it by the same expression, so they name one member.
resource "google_service_account" "deployer" {
  account_id = "deployer"
}

resource "google_project_iam_member" "deployer_manages" {
  project = "shop-prod"
  role    = "roles/iam.serviceAccountAdmin" # expect: gcp-iam-service-account-duties-not-separated "Service Account User"
  member  = "serviceAccount:${google_service_account.deployer.email}"
}

resource "google_project_iam_binding" "deployers_act" {
  project = "shop-prod"
  role    = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-duties-not-separated "Service Account Admin"
  members = ["serviceAccount:${google_service_account.deployer.email}"]
}
