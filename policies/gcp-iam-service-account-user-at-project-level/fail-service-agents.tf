# Grants beside or in place of a service agent stay flagged.
data "google_project" "project" {}

variable "member" {
  type = string
}

resource "google_project_service_identity" "pubsub_agent" {
  provider = google-beta
  project  = data.google_project.project.project_id
  service  = "pubsub.googleapis.com"
}

# A user beside the agent.
resource "google_project_iam_binding" "token_creators" {
  project = data.google_project.project.project_id
  role    = "roles/iam.serviceAccountTokenCreator" # expect: gcp-iam-service-account-user-at-project-level fail
  members = [
    "serviceAccount:${google_project_service_identity.pubsub_agent.email}",
    "user:dev@example.com",
  ]
}

# More members not known statically than agents they refer to.
resource "google_project_iam_binding" "from_variable_beside_agent" {
  project = data.google_project.project.project_id
  role    = "roles/iam.serviceAccountTokenCreator" # expect: gcp-iam-service-account-user-at-project-level fail
  members = [
    google_project_service_identity.pubsub_agent.member,
    "serviceAccount:${var.member}",
  ]
}

# A member from a variable, in a grant that only waits for the agent.
resource "google_project_iam_member" "waits_for_agent" {
  project    = data.google_project.project.project_id
  role       = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-user-at-project-level fail
  member     = var.member
  depends_on = [google_project_service_identity.pubsub_agent]
}

# A group whose name is not known statically is not an agent.
resource "google_project_iam_member" "group" {
  project = data.google_project.project.project_id
  role    = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-user-at-project-level fail
  member  = "group:${var.member}"
}

# A user-managed service account, written out or from a variable.
resource "google_project_iam_member" "ci" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountTokenCreator" # expect: gcp-iam-service-account-user-at-project-level fail
  member  = "serviceAccount:ci@acme-prod.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "ci_from_variable" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountTokenCreator" # expect: gcp-iam-service-account-user-at-project-level fail
  member  = "serviceAccount:${var.member}"
}

# Members not known statically as a list.
resource "google_project_iam_binding" "from_list" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-user-at-project-level fail
  members = var.members
}

variable "members" {
  type = list(string)
}
