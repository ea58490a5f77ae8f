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

resource "google_storage_bucket_access_control" "team" {
  bucket = "acme-data"
  role   = "READER"
  entity = "group-data@example.com"
}

resource "google_storage_bucket_acl" "data" {
  bucket         = "acme-data"
  predefined_acl = "private"
  role_entity    = ["READER:group-data@example.com"]
}

resource "google_storage_object_acl" "report" {
  bucket         = "acme-data"
  object         = "report.pdf"
  predefined_acl = "projectPrivate"
}

resource "google_storage_bucket_iam_policy" "json" {
  bucket = "acme-internal"
  policy_data = jsonencode({
    bindings = [{ role = "roles/storage.objectViewer", members = ["group:data@acme.example"] }]
  })
}

data "google_iam_policy" "internal" {
  binding {
    role    = "roles/storage.objectAdmin"
    members = ["serviceAccount:etl@acme.iam.gserviceaccount.com"]
  }
}

resource "google_storage_bucket_iam_policy" "from_data" {
  bucket      = "acme-etl"
  policy_data = data.google_iam_policy.internal.policy_data
}
