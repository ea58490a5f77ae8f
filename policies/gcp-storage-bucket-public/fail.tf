resource "google_storage_bucket_iam_member" "public" {
  bucket = "acme-site"
  role   = "roles/storage.objectViewer"
  member = "allUsers" # expect: gcp-storage-bucket-public
}

resource "google_storage_bucket_iam_binding" "readers" {
  bucket = "acme-data"
  role   = "roles/storage.objectViewer"
  members = [
    "group:data@example.com",
    "allAuthenticatedUsers", # expect: gcp-storage-bucket-public
  ]
}

resource "google_storage_bucket_access_control" "public" {
  bucket = "acme-site"
  role   = "READER"
  entity = "allUsers" # expect: gcp-storage-bucket-public
}

resource "google_storage_default_object_access_control" "public" {
  bucket = "acme-site"
  role   = "READER"
  entity = "allAuthenticatedUsers" # expect: gcp-storage-bucket-public
}

resource "google_storage_bucket_acl" "site" {
  bucket = "acme-site"
  role_entity = [
    "OWNER:user-ops@example.com",
    "READER:allUsers", # expect: gcp-storage-bucket-public "READER:allUsers"
  ]
  default_acl = "publicRead" # expect: gcp-storage-bucket-public "new objects"
}

resource "google_storage_object_acl" "report" {
  bucket         = "acme-site"
  object         = "report.pdf"
  predefined_acl = "publicRead" # expect: gcp-storage-bucket-public "public ACL"
}

# A whole IAM policy, written with jsonencode().
resource "google_storage_bucket_iam_policy" "json" {
  bucket = "acme-assets"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/storage.objectViewer"
        members = ["group:web@acme.example", "allUsers"] # expect: gcp-storage-bucket-public "`google_storage_bucket_iam_policy.json` grants `roles/storage.objectViewer` to `allUsers`"
      },
    ]
  })
}

# A whole IAM policy taken from a google_iam_policy data source.
data "google_iam_policy" "reports" {
  binding {
    role = "roles/storage.objectViewer"
    members = [
      "allAuthenticatedUsers", # expect: gcp-storage-bucket-public "IAM policy `data.google_iam_policy.reports` of a Cloud Storage bucket"
    ]
  }
}

resource "google_storage_bucket_iam_policy" "from_data" {
  bucket      = "acme-reports"
  policy_data = data.google_iam_policy.reports.policy_data
}
