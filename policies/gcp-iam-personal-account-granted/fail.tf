resource "google_project_iam_member" "gmail" {
  project = "acme-prod"
  role    = "roles/compute.viewer"
  member  = "user:jane.doe@gmail.com" # expect: gcp-iam-personal-account-granted "`google_project_iam_member.gmail` grants `roles/compute.viewer` to the consumer account `user:jane.doe@gmail.com`"
}

resource "google_folder_iam_member" "googlemail" {
  folder = "folders/1234567890"
  role   = "roles/resourcemanager.folderViewer"
  member = "user:John.Smith@GoogleMail.com" # expect: gcp-iam-personal-account-granted "`user:John.Smith@GoogleMail.com`"
}

variable "contractor" {
  default = "user:contractor@gmail.com"
}

resource "google_organization_iam_member" "from_variable" {
  org_id = "123456789012"
  role   = "roles/iam.securityReviewer"
  member = var.contractor # expect: gcp-iam-personal-account-granted "`google_organization_iam_member.from_variable`"
}

resource "google_project_iam_binding" "developers" {
  project = "acme-prod"
  role    = "roles/container.developer"
  members = [
    "group:developers@example.com",
    "user:jane@example.com",
    "user:freelancer@gmail.com",     # expect: gcp-iam-personal-account-granted "`google_project_iam_binding.developers` grants `roles/container.developer` to the consumer account `user:freelancer@gmail.com`"
    "group:acme-devs@googlegroups.com", # expect: gcp-iam-personal-account-granted "`group:acme-devs@googlegroups.com`"
  ]
}

# Single resources too.
resource "google_storage_bucket_iam_member" "bucket" {
  bucket = "acme-exports"
  role   = "roles/storage.objectViewer"
  member = "user:someone@gmail.com" # expect: gcp-iam-personal-account-granted "`google_storage_bucket_iam_member.bucket`"
}

resource "google_secret_manager_secret_iam_binding" "secret" {
  secret_id = "api-key"
  role      = "roles/secretmanager.secretAccessor"
  members   = ["group:ops-friends@googlegroups.com"] # expect: gcp-iam-personal-account-granted "`google_secret_manager_secret_iam_binding.secret`"
}

resource "google_project_iam_policy" "project" {
  project = "acme-prod"
  policy_data = jsonencode({
    bindings = [
      {
        role = "roles/logging.viewer"
        members = [
          "group:sre@example.com",
          "user:oncall.person@gmail.com", # expect: gcp-iam-personal-account-granted "`google_project_iam_policy.project` grants `roles/logging.viewer` to the consumer account `user:oncall.person@gmail.com`"
        ]
      },
    ]
  })
}

data "google_iam_policy" "topic" {
  binding {
    role    = "roles/pubsub.subscriber"
    members = ["user:partner@gmail.com"] # expect: gcp-iam-personal-account-granted "IAM policy `data.google_iam_policy.topic` grants `roles/pubsub.subscriber`"
  }
  binding {
    role    = "roles/pubsub.viewer"
    members = ["group:readers@example.com"]
  }
}

resource "google_pubsub_topic_iam_policy" "topic" {
  topic       = "events"
  policy_data = data.google_iam_policy.topic.policy_data
}

# A Google Account opened with the address of a consumer mail provider.
resource "google_project_iam_member" "yahoo" {
  project = "acme-prod"
  role    = "roles/logging.viewer"
  member  = "user:temp@yahoo.com" # expect: gcp-iam-personal-account-granted "`user:temp@yahoo.com`"
}

resource "google_project_iam_binding" "consumer_mail" {
  project = "acme-prod"
  role    = "roles/monitoring.viewer"
  members = [
    "user:Someone@Outlook.com",      # expect: gcp-iam-personal-account-granted "`user:Someone@Outlook.com`"
    "user:someone@hotmail.co.uk",    # expect: gcp-iam-personal-account-granted "`user:someone@hotmail.co.uk`"
    "user:someone@icloud.com",       # expect: gcp-iam-personal-account-granted "`user:someone@icloud.com`"
    "user:someone@proton.me",        # expect: gcp-iam-personal-account-granted "`user:someone@proton.me`"
  ]
}
