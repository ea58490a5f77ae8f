resource "google_cloudbuild_worker_pool" "default" { # expect: gcp-cloudbuild-worker-pool-public-ip "worker pool `google_cloudbuild_worker_pool.default`"
  name     = "builds"
  location = "europe-west1"
}

resource "google_cloudbuild_worker_pool" "sized" {
  name     = "large-builds"
  location = "europe-west1"
  worker_config { # expect: gcp-cloudbuild-worker-pool-public-ip
    disk_size_gb = 100
    machine_type = "e2-standard-8"
  }
}

resource "google_cloudbuild_worker_pool" "explicit" {
  name     = "explicit"
  location = "europe-west1"
  worker_config {
    no_external_ip = false # expect: gcp-cloudbuild-worker-pool-public-ip
  }
}
