resource "google_cloud_run_v2_service" "internal" {
  name     = "internal"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_ONLY"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/internal:2.0.0"
    }
  }
}

resource "google_cloud_run_v2_service" "behind_lb" {
  name     = "behind-lb"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_INTERNAL_LOAD_BALANCER"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/web:2.0.0"
    }
  }
}

resource "google_cloud_run_service" "v1_lb" {
  name     = "v1-lb"
  location = "europe-west1"
  metadata {
    annotations = {
      "run.googleapis.com/ingress" = "internal-and-cloud-load-balancing"
    }
  }
  template {
    spec {
      containers {
        image = "europe-docker.pkg.dev/acme/apps/v1:0.3.0"
      }
    }
  }
}

resource "google_cloud_run_v2_job" "batch" {
  name     = "batch"
  location = "europe-west1"
  template {
    template {
      containers {
        image = "europe-docker.pkg.dev/acme/jobs/batch:1.0.0"
      }
    }
  }
}

resource "google_cloud_run_v2_service" "behind_iap" {
  provider    = google-beta
  name        = "behind-iap"
  location    = "europe-west1"
  iap_enabled = true
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/admin:1.2.0"
    }
  }
}
