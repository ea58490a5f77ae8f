resource "google_cloudfunctions_function" "api" {
  name                  = "api"
  runtime               = "python312"
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "api.zip"
  trigger_http          = true
  ingress_settings      = "ALLOW_INTERNAL_AND_GCLB"
}

# Triggered by events: no URL.
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

resource "google_cloudfunctions2_function" "gen2" {
  name     = "gen2"
  location = "europe-west1"
  service_config {
    ingress_settings = "ALLOW_INTERNAL_ONLY"
  }
}
