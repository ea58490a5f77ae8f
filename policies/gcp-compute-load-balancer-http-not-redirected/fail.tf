resource "google_compute_backend_service" "web" {
  name = "web"
}

resource "google_compute_url_map" "web" { # expect: gcp-compute-load-balancer-http-not-redirected "URL map `google_compute_url_map.web` serves content over plain HTTP to the external forwarding rule `google_compute_global_forwarding_rule.http`"
  name            = "web"
  default_service = google_compute_backend_service.web.id
}

resource "google_compute_target_http_proxy" "web" {
  name    = "web-http"
  url_map = google_compute_url_map.web.id
}

resource "google_compute_global_forwarding_rule" "http" {
  name                  = "web-http"
  target                = google_compute_target_http_proxy.web.id
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}

resource "google_compute_region_url_map" "api" { # expect: gcp-compute-load-balancer-http-not-redirected
  name            = "api"
  region          = "europe-west1"
  default_service = "projects/acme/regions/europe-west1/backendServices/api"
}

resource "google_compute_region_target_http_proxy" "api" {
  name    = "api-http"
  region  = "europe-west1"
  url_map = google_compute_region_url_map.api.id
}

resource "google_compute_forwarding_rule" "api" {
  name       = "api-http"
  region     = "europe-west1"
  target     = google_compute_region_target_http_proxy.api.id
  port_range = "80"
}
