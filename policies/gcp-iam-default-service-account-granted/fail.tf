resource "google_project_iam_member" "compute_default_log_writer" {
  project = "acme-prod"
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:123456789012-compute@developer.gserviceaccount.com" # expect: gcp-iam-default-service-account-granted "`google_project_iam_member.compute_default_log_writer` grants `roles/logging.logWriter` to the default service account `serviceAccount:123456789012-compute@developer.gserviceaccount.com`"
}

resource "google_folder_iam_member" "appengine_default_secret_accessor" {
  folder = "folders/1234567890"
  role   = "roles/secretmanager.secretAccessor"
  member = "serviceAccount:acme-prod@appspot.gserviceaccount.com" # expect: gcp-iam-default-service-account-granted "`serviceAccount:acme-prod@appspot.gserviceaccount.com`"
}

variable "compute_default_sa" {
  default = "serviceAccount:987654321098-compute@developer.gserviceaccount.com"
}

resource "google_organization_iam_member" "from_variable" {
  org_id = "123456789012"
  role   = "roles/storage.objectViewer"
  member = var.compute_default_sa # expect: gcp-iam-default-service-account-granted "`google_organization_iam_member.from_variable`"
}

resource "google_project_iam_binding" "metric_writers" {
  project = "acme-prod"
  role    = "roles/monitoring.metricWriter"
  members = [
    "group:sre@example.com",
    "serviceAccount:ci@acme-prod.iam.gserviceaccount.com",
    "serviceAccount:123456789012-compute@developer.gserviceaccount.com", # expect: gcp-iam-default-service-account-granted "`google_project_iam_binding.metric_writers` grants `roles/monitoring.metricWriter`"
    "serviceAccount:acme-prod@appspot.gserviceaccount.com", # expect: gcp-iam-default-service-account-granted "`serviceAccount:acme-prod@appspot.gserviceaccount.com`"
  ]
}

data "google_compute_default_service_account" "default" {
  project = "acme-prod"
}

resource "google_project_iam_member" "compute_default_from_data" {
  project = "acme-prod"
  role    = "roles/artifactregistry.reader"
  member  = data.google_compute_default_service_account.default.member # expect: gcp-iam-default-service-account-granted "`google_project_iam_member.compute_default_from_data`"
}

data "google_app_engine_default_service_account" "default" {
  project = "acme-prod"
}

# An administrative role to an account the policy cannot read as a service
# account is not reported by gcp-iam-service-account-admin-role as a
# failure, so it is reported here.
resource "google_folder_iam_binding" "appengine_default_from_data" {
  folder  = "folders/1234567890"
  role    = "roles/cloudsql.admin"
  members = ["serviceAccount:${data.google_app_engine_default_service_account.default.email}"] # expect: gcp-iam-default-service-account-granted "`google_folder_iam_binding.appengine_default_from_data` grants `roles/cloudsql.admin`"
}

resource "google_project_iam_policy" "project" {
  project = "acme-prod"
  policy_data = jsonencode({
    bindings = [
      {
        role = "roles/pubsub.publisher"
        members = [
          "group:publishers@example.com",
          "serviceAccount:123456789012-compute@developer.gserviceaccount.com", # expect: gcp-iam-default-service-account-granted "`google_project_iam_policy.project` grants `roles/pubsub.publisher` to the default service account"
        ]
      },
      {
        # Administrative roles in a whole-resource policy are not read by
        # gcp-iam-service-account-admin-role.
        role    = "roles/compute.admin"
        members = ["serviceAccount:acme-prod@appspot.gserviceaccount.com"] # expect: gcp-iam-default-service-account-granted "`roles/compute.admin`"
      },
    ]
  })
}

data "google_iam_policy" "folder" {
  binding {
    role    = "roles/logging.logWriter"
    members = ["serviceAccount:123456789012-compute@developer.gserviceaccount.com"] # expect: gcp-iam-default-service-account-granted "IAM policy `data.google_iam_policy.folder` grants `roles/logging.logWriter`"
  }
  binding {
    role    = "roles/resourcemanager.folderViewer"
    members = ["group:auditors@example.com"]
  }
}

resource "google_folder_iam_policy" "folder" {
  folder      = "folders/1234567890"
  policy_data = data.google_iam_policy.folder.policy_data
}

data "google_iam_policy" "org" {
  binding {
    role    = "roles/cloudbuild.builds.builder"
    members = ["serviceAccount:acme-prod@appspot.gserviceaccount.com"] # expect: gcp-iam-default-service-account-granted "IAM policy `data.google_iam_policy.org`"
  }
}

resource "google_organization_iam_policy" "org" {
  org_id      = "123456789012"
  policy_data = data.google_iam_policy.org.policy_data
}

# The bare address, without the `serviceAccount:` prefix.
resource "google_project_iam_member" "bare_address" {
  project = "acme-prod"
  role    = "roles/pubsub.publisher"
  member  = "123456789012-compute@developer.gserviceaccount.com" # expect: gcp-iam-default-service-account-granted "`123456789012-compute@developer.gserviceaccount.com`"
}
