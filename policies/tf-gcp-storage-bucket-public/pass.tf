resource "google_storage_bucket_iam_member" "reader" {
  bucket = "acme-data"
  role   = "roles/storage.objectViewer"
  member = "serviceAccount:app@acme.iam.gserviceaccount.com"
}

resource "google_storage_bucket_iam_binding" "readers" {
  bucket  = "acme-data"
  role    = "roles/storage.objectViewer"
  members = ["group:data@example.com"]
}
