variable "runtime_unknown" {
  type = string
}

resource "google_cloudfunctions_function" "unknown" {
  name                  = "unknown"
  runtime               = var.runtime_unknown # expect: gcp-cloud-function-runtime-deprecated unknown
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "x.zip"
  trigger_http          = true
}
