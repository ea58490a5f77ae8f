# Grants to Google-managed service agents: the Pub/Sub service agent needs
# Token Creator on the project to sign the tokens of authenticated push
# subscriptions (projects created before April 2021).
data "google_project" "project" {}

resource "google_project_service_identity" "pubsub_agent" {
  provider = google-beta
  project  = data.google_project.project.project_id
  service  = "pubsub.googleapis.com"
}

resource "google_project_iam_binding" "project_token_creator" {
  project = data.google_project.project.project_id
  role    = "roles/iam.serviceAccountTokenCreator"
  members = ["serviceAccount:${google_project_service_identity.pubsub_agent.email}"]
}

resource "google_project_iam_member" "pubsub_agent_member" {
  project = data.google_project.project.project_id
  role    = "roles/iam.serviceAccountTokenCreator"
  member  = google_project_service_identity.pubsub_agent.member
}

# The agent's address written out, whole or around the project number.
resource "google_project_iam_member" "pubsub_agent_written_out" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountTokenCreator"
  member  = "serviceAccount:service-123456789012@gcp-sa-pubsub.iam.gserviceaccount.com"
}

resource "google_project_iam_member" "pubsub_agent_from_number" {
  project = data.google_project.project.project_id
  role    = "roles/iam.serviceAccountTokenCreator"
  member  = "serviceAccount:service-${data.google_project.project.number}@gcp-sa-pubsub.iam.gserviceaccount.com"
}
