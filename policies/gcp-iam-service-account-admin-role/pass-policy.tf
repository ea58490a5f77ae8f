# Whole policies: a service agent, a role that does not administer, and a
# policy document used for a bucket rather than a project.
resource "google_project_iam_policy" "project" {
  project = "acme-prod"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/cloudkms.admin"
        members = ["serviceAccount:service-123456789012@gcp-sa-cloudkms.iam.gserviceaccount.com"]
      },
      {
        role    = "roles/storage.objectViewer"
        members = ["serviceAccount:reader@acme-prod.iam.gserviceaccount.com"]
      },
    ]
  })
}

data "google_iam_policy" "bucket" {
  binding {
    role    = "roles/storage.admin"
    members = ["serviceAccount:uploader@acme-prod.iam.gserviceaccount.com"]
  }
}

resource "google_storage_bucket_iam_policy" "bucket" {
  bucket      = "acme-assets"
  policy_data = data.google_iam_policy.bucket.policy_data
}
