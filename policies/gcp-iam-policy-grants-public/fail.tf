variable "member" {
  type = string
}

resource "google_pubsub_topic_iam_member" "publish" {
  topic  = "events"
  role   = "roles/pubsub.publisher"
  member = "allUsers" # expect: gcp-iam-policy-grants-public "`allUsers`"
}

resource "google_artifact_registry_repository_iam_binding" "pull" {
  location   = "europe-west1"
  repository = "images"
  role       = "roles/artifactregistry.reader"
  members = [
    "group:devs@acme.example",
    "allAuthenticatedUsers", # expect: gcp-iam-policy-grants-public "`allAuthenticatedUsers`"
  ]
}

resource "google_cloud_run_v2_service_iam_member" "invoke" {
  name   = "api"
  role   = "roles/run.invoker"
  member = "allUsers" # expect: gcp-iam-policy-grants-public
}

resource "google_cloudfunctions2_function_iam_member" "invoke" {
  cloud_function = "hook"
  role           = "roles/cloudfunctions.invoker"
  member         = var.member # expect: gcp-iam-policy-grants-public unknown
}

data "google_iam_policy" "public" {
  binding {
    role    = "roles/secretmanager.secretAccessor"
    members = ["allUsers"] # expect: gcp-iam-policy-grants-public "data.google_iam_policy.public"
  }
}

resource "google_secret_manager_secret_iam_policy" "public" {
  secret_id   = "token"
  policy_data = data.google_iam_policy.public.policy_data
}

# A whole IAM policy, written with jsonencode().
resource "google_pubsub_topic_iam_policy" "json" {
  topic = "events"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/pubsub.subscriber"
        members = ["group:devs@acme.example", "allAuthenticatedUsers"] # expect: gcp-iam-policy-grants-public "`google_pubsub_topic_iam_policy.json` grants `roles/pubsub.subscriber` to `allAuthenticatedUsers`"
      },
    ]
  })
}

resource "google_cloud_run_v2_service" "open_site" {
  name                 = "open-site"
  location             = "europe-west1"
  invoker_iam_disabled = true # expect: gcp-iam-policy-grants-public "without an IAM check"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/site:4.0.1"
    }
  }
}
