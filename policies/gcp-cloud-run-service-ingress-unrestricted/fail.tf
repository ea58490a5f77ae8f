resource "google_cloud_run_v2_service" "storefront" { # expect: gcp-cloud-run-service-ingress-unrestricted
  name     = "storefront"
  location = "europe-west1"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/storefront:5.2.0"
    }
  }
}

resource "google_cloud_run_v2_service" "open" {
  name     = "open"
  location = "europe-west1"
  ingress  = "INGRESS_TRAFFIC_ALL" # expect: gcp-cloud-run-service-ingress-unrestricted
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/apps/open:1.0.0"
    }
  }
}

resource "google_cloud_run_service" "v1_default" { # expect: gcp-cloud-run-service-ingress-unrestricted
  name     = "v1-default"
  location = "europe-west1"
  template {
    spec {
      containers {
        image = "europe-docker.pkg.dev/acme/apps/v1:0.3.0"
      }
    }
  }
}

resource "google_cloud_run_service" "v1_all" {
  name     = "v1-all"
  location = "europe-west1"
  metadata {
    annotations = {
      "run.googleapis.com/ingress" = "all" # expect: gcp-cloud-run-service-ingress-unrestricted
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
