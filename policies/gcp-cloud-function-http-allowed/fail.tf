resource "google_cloudfunctions_function" "api" { # expect: gcp-cloud-function-http-allowed "Cloud Function `google_cloudfunctions_function.api` answers plain HTTP requests"
  name                  = "api"
  runtime               = "python312"
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "api.zip"
  trigger_http          = true
}

resource "google_cloudfunctions_function" "explicit" {
  name                         = "hook"
  runtime                      = "nodejs20"
  entry_point                  = "handler"
  source_archive_bucket        = "acme-functions"
  source_archive_object        = "hook.zip"
  trigger_http                 = true
  https_trigger_security_level = "SECURE_OPTIONAL" # expect: gcp-cloud-function-http-allowed
}
