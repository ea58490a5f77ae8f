resource "google_cloudfunctions_function" "api" {
  name                         = "api"
  runtime                      = "python312"
  entry_point                  = "handler"
  source_archive_bucket        = "acme-functions"
  source_archive_object        = "api.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_ALWAYS"
}

resource "google_cloudfunctions_function" "on_upload" {
  name                  = "on-upload"
  runtime               = "python312"
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "upload.zip"
  event_trigger {
    event_type = "google.storage.object.finalize"
    resource   = "acme-uploads"
  }
}
