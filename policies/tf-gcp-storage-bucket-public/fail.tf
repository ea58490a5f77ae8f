resource "google_storage_bucket_iam_member" "public" {
  bucket = "acme-site"
  role   = "roles/storage.objectViewer"
  member = "allUsers" # expect: tf-gcp-storage-bucket-public
}

resource "google_storage_bucket_iam_binding" "readers" {
  bucket = "acme-data"
  role   = "roles/storage.objectViewer"
  members = [
    "group:data@example.com",
    "allAuthenticatedUsers", # expect: tf-gcp-storage-bucket-public
  ]
}
