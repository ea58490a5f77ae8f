resource "google_cloudfunctions_function" "api" { # expect: gcp-cloud-function-ingress-unrestricted "Cloud Function `google_cloudfunctions_function.api`"
  name                  = "api"
  runtime               = "python312"
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "api.zip"
  trigger_http          = true
}

resource "google_cloudfunctions_function" "explicit" {
  name                  = "hook"
  runtime               = "nodejs20"
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "hook.zip"
  trigger_http          = true
  ingress_settings      = "ALLOW_ALL" # expect: gcp-cloud-function-ingress-unrestricted
}

resource "google_cloudfunctions2_function" "gen2" {
  name     = "gen2"
  location = "europe-west1"
  build_config {
    runtime     = "go122"
    entry_point = "Handle"
  }
  service_config { # expect: gcp-cloud-function-ingress-unrestricted "`google_cloudfunctions2_function.gen2`"
    max_instance_count = 3
  }
}

resource "google_cloudfunctions2_function" "gen2_bare" { # expect: gcp-cloud-function-ingress-unrestricted
  name     = "gen2-bare"
  location = "europe-west1"
}
