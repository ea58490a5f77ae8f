# A grant that refers to a service agent but whose member may still be a
# default service account stays undecided: the member's known end is a
# default account's domain, or the binding has more members not known
# statically than service agents it refers to.
variable "project_id" {}
variable "extra_member" {}

data "google_project" "project" {}

resource "google_project_service_identity" "eventarc" {
  provider = google-beta
  project  = var.project_id
  service  = "eventarc.googleapis.com"
}

resource "google_project_iam_member" "after_agent" {
  project    = var.project_id
  role       = "roles/eventarc.eventReceiver"
  member     = "serviceAccount:${data.google_project.project.number}-compute@developer.gserviceaccount.com" # expect: gcp-iam-default-service-account-granted unknown
  depends_on = [google_project_service_identity.eventarc]
}

resource "google_project_iam_binding" "receivers" {
  project = var.project_id
  role    = "roles/eventarc.eventReceiver"
  members = [
    "serviceAccount:${google_project_service_identity.eventarc.email}", # expect: gcp-iam-default-service-account-granted unknown
    "serviceAccount:${var.extra_member}", # expect: gcp-iam-default-service-account-granted unknown
  ]
}

# A member from a variable, even one named after a service agent, is not
# known to be one.
resource "google_project_iam_member" "from_variable" {
  project = var.project_id
  role    = "roles/vpcaccess.user"
  member  = "serviceAccount:${var.extra_member}" # expect: gcp-iam-default-service-account-granted unknown
}

# A `google_iam_policy` data source is not seen to refer to another data
# source, so the Cloud Storage service agent read from one stays unknown.
data "google_storage_project_service_account" "gcs" {
  project = var.project_id
}

data "google_iam_policy" "publishers" {
  binding {
    role    = "roles/pubsub.publisher"
    members = ["serviceAccount:${data.google_storage_project_service_account.gcs.email_address}"] # expect: gcp-iam-default-service-account-granted unknown
  }
}

resource "google_project_iam_policy" "publishers" {
  project     = var.project_id
  policy_data = data.google_iam_policy.publishers.policy_data
}
