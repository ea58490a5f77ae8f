# The platform lead manages the project's service accounts and deploys as them.
resource "google_project_iam_member" "lead_manages_accounts" {
  project = "shop-prod"
  role    = "roles/iam.serviceAccountAdmin" # expect: gcp-iam-service-account-duties-not-separated "Service Account User"
  member  = "user:dana@example.com"
}

resource "google_project_iam_member" "lead_deploys" {
  project = "shop-prod"
  role    = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-duties-not-separated "Service Account Admin"
  member  = "user:dana@example.com"
}

# The SRE group administers service accounts across the folder, and is
# Service Account User on the organization.
resource "google_folder_iam_binding" "sa_admins" {
  folder = "folders/381072256410"
  role   = "roles/iam.serviceAccountAdmin" # expect: gcp-iam-service-account-duties-not-separated "group:sre@example.com"
  members = [
    "group:identity@example.com",
    "group:sre@example.com",
  ]
}

resource "google_organization_iam_binding" "sa_users" {
  org_id = "204815596421"
  role   = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-duties-not-separated "group:sre@example.com"
  members = [
    "group:sre@example.com",
    "serviceAccount:deployer@shop-ci.iam.gserviceaccount.com",
  ]
}

# A pipeline's own service account may create accounts and run as them.
resource "google_project_iam_member" "ci_admin" {
  project = "shop-ci"
  role    = "roles/iam.serviceAccountAdmin" # expect: gcp-iam-service-account-duties-not-separated "serviceAccount:builder@"
  member  = "serviceAccount:builder@shop-ci.iam.gserviceaccount.com"
}

resource "google_project_iam_binding" "ci_users" {
  project = "shop-ci"
  role    = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-duties-not-separated "serviceAccount:builder@"
  members = ["serviceAccount:builder@shop-ci.iam.gserviceaccount.com"]
}
