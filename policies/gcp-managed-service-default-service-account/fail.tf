resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  template { # expect: gcp-managed-service-default-service-account
    containers {
      image = "europe-docker.pkg.dev/acme/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_service" "named_default" {
  name     = "named-default"
  location = "europe-west1"
  template {
    service_account = "281930475512-compute@developer.gserviceaccount.com" # expect: gcp-managed-service-default-service-account
    containers {
      image = "europe-docker.pkg.dev/acme/apps/web:2.0.1"
    }
  }
}

resource "google_cloud_run_v2_job" "nightly" {
  name     = "nightly"
  location = "europe-west1"
  template {
    template {
      service_account = "acme-prod@appspot.gserviceaccount.com" # expect: gcp-managed-service-default-service-account
      containers {
        image = "europe-docker.pkg.dev/acme/jobs/report:3.1.0"
      }
    }
  }
}

resource "google_cloud_run_service" "legacy" {
  name     = "legacy"
  location = "europe-west1"
  template {
    spec { # expect: gcp-managed-service-default-service-account
      containers {
        image = "europe-docker.pkg.dev/acme/apps/legacy:0.9.0"
      }
    }
  }
}

resource "google_cloudfunctions_function" "resize" { # expect: gcp-managed-service-default-service-account
  name                  = "resize"
  runtime               = "python312"
  entry_point           = "resize"
  source_archive_bucket = "acme-functions"
  source_archive_object = "resize.zip"
  trigger_http          = true
  ingress_settings      = "ALLOW_INTERNAL_ONLY"
}

resource "google_cloudfunctions2_function" "thumbs" {
  name     = "thumbs"
  location = "europe-west1"
  service_config {
    service_account_email = "281930475512-compute@developer.gserviceaccount.com" # expect: gcp-managed-service-default-service-account
    ingress_settings      = "ALLOW_INTERNAL_ONLY"
  }
}

resource "google_workflows_workflow" "orders" { # expect: gcp-managed-service-default-service-account
  name            = "orders"
  region          = "europe-west1"
  source_contents = "main:\n  steps:\n    - done:\n        return: ok\n"
}

resource "google_dataflow_job" "etl" { # expect: gcp-managed-service-default-service-account
  name              = "etl"
  template_gcs_path = "gs://acme-templates/etl.json"
  temp_gcs_location = "gs://acme-tmp/etl"
}

resource "google_dataflow_flex_template_job" "stream" {
  name                    = "stream"
  container_spec_gcs_path = "gs://acme-templates/stream.json"
  service_account_email   = "281930475512-compute@developer.gserviceaccount.com" # expect: gcp-managed-service-default-service-account
}

resource "google_dataproc_cluster" "spark" {
  name   = "spark"
  region = "europe-west1"
  cluster_config {
    gce_cluster_config { # expect: gcp-managed-service-default-service-account
      internal_ip_only = true
    }
  }
}

resource "google_cloudbuild_trigger" "deploy" {
  name            = "deploy"
  location        = "europe-west1"
  filename        = "cloudbuild.yaml"
  service_account = "projects/acme-prod/serviceAccounts/281930475512@cloudbuild.gserviceaccount.com" # expect: gcp-managed-service-default-service-account
  github {
    owner = "acme"
    name  = "shop"
    push {
      branch = "^main$"
    }
  }
}

resource "google_workbench_instance" "research" {
  name     = "research"
  location = "europe-west1-b"
  gce_setup { # expect: gcp-managed-service-default-service-account
    machine_type      = "n2-standard-4"
    disable_public_ip = true
  }
}

# Another account's email in an environment variable does not change the
# account the service runs as.
resource "google_service_account" "reader" {
  account_id = "reports-reader"
}

resource "google_cloud_run_v2_service" "reports" {
  name     = "reports"
  location = "europe-west1"
  template { # expect: gcp-managed-service-default-service-account "`google_cloud_run_v2_service.reports`"
    containers {
      image = "europe-docker.pkg.dev/acme/apps/reports:2.0.0"
      env {
        name  = "READER_ACCOUNT"
        value = google_service_account.reader.email
      }
    }
  }
}
