variable "identity_admin" {
  type = string
}

variable "extra_role" {
  type = string
}

# Who the admin is is not known: it may be the member that deploys.
resource "google_project_iam_member" "identity_admin" {
  project = "shop-prod"
  role    = "roles/iam.serviceAccountAdmin" # expect: gcp-iam-service-account-duties-not-separated unknown
  member  = var.identity_admin
}

resource "google_project_iam_member" "deployer" {
  project = "shop-prod"
  role    = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-duties-not-separated unknown
  member  = "serviceAccount:deployer@shop-ci.iam.gserviceaccount.com"
}

# A role that is not known may be Service Account User.
resource "google_project_iam_member" "hank_admin" {
  project = "shop-staging"
  role    = "roles/iam.serviceAccountAdmin" # expect: gcp-iam-service-account-duties-not-separated unknown
  member  = "user:hank@example.com"
}

resource "google_project_iam_member" "hank_extra" {
  project = "shop-staging"
  role    = var.extra_role # expect: gcp-iam-service-account-duties-not-separated unknown
  member  = "user:hank@example.com"
}
