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
