resource "google_service_account" "api" {
  account_id = "run-api"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  template {
    service_account = google_service_account.api.email
    containers {
      image = "europe-docker.pkg.dev/acme/apps/api:1.4.2"
    }
  }
}

resource "google_cloud_run_v2_job" "nightly" {
  name     = "nightly"
  location = "europe-west1"
  template {
    template {
      service_account = "report-runner@acme-prod.iam.gserviceaccount.com"
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
    spec {
      service_account_name = "legacy-web@acme-prod.iam.gserviceaccount.com"
      containers {
        image = "europe-docker.pkg.dev/acme/apps/legacy:0.9.0"
      }
    }
  }
}

resource "google_cloudfunctions_function" "resize" {
  name                  = "resize"
  runtime               = "python312"
  entry_point           = "resize"
  source_archive_bucket = "acme-functions"
  source_archive_object = "resize.zip"
  trigger_http          = true
  ingress_settings      = "ALLOW_INTERNAL_ONLY"
  service_account_email = google_service_account.api.email
}

resource "google_cloudfunctions2_function" "thumbs" {
  name     = "thumbs"
  location = "europe-west1"
  service_config {
    service_account_email = "thumbs@acme-prod.iam.gserviceaccount.com"
    ingress_settings      = "ALLOW_INTERNAL_ONLY"
  }
}

resource "google_workflows_workflow" "orders" {
  name            = "orders"
  region          = "europe-west1"
  service_account = "orders-flow@acme-prod.iam.gserviceaccount.com"
  source_contents = "main:\n  steps:\n    - done:\n        return: ok\n"
}

resource "google_dataflow_job" "etl" {
  name                  = "etl"
  template_gcs_path     = "gs://acme-templates/etl.json"
  temp_gcs_location     = "gs://acme-tmp/etl"
  service_account_email = "etl-worker@acme-prod.iam.gserviceaccount.com"
}

resource "google_dataproc_cluster" "spark" {
  name   = "spark"
  region = "europe-west1"
  cluster_config {
    gce_cluster_config {
      internal_ip_only = true
      service_account  = "spark-nodes@acme-prod.iam.gserviceaccount.com"
    }
  }
}

resource "google_cloudbuild_trigger" "deploy" {
  name            = "deploy"
  location        = "europe-west1"
  filename        = "cloudbuild.yaml"
  service_account = "projects/acme-prod/serviceAccounts/deployer@acme-prod.iam.gserviceaccount.com"
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
  gce_setup {
    machine_type      = "n2-standard-4"
    disable_public_ip = true
    service_accounts {
      email = "research-nb@acme-prod.iam.gserviceaccount.com"
    }
  }
}
