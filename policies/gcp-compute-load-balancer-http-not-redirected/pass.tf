resource "google_compute_backend_service" "web" {
  name = "web"
}

resource "google_compute_url_map" "web" {
  name            = "web"
  default_service = google_compute_backend_service.web.id
}

resource "google_compute_target_https_proxy" "web" {
  name             = "web-https"
  url_map          = google_compute_url_map.web.id
  ssl_certificates = ["projects/acme/global/sslCertificates/web"]
}

resource "google_compute_global_forwarding_rule" "https" {
  name                  = "web-https"
  target                = google_compute_target_https_proxy.web.id
  port_range            = "443"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}

# The HTTP frontend only redirects.
resource "google_compute_url_map" "redirect" {
  name = "web-redirect"
  default_url_redirect {
    https_redirect         = true
    redirect_response_code = "MOVED_PERMANENTLY_DEFAULT"
    strip_query            = false
  }
}

resource "google_compute_target_http_proxy" "redirect" {
  name    = "web-http"
  url_map = google_compute_url_map.redirect.id
}

resource "google_compute_global_forwarding_rule" "http" {
  name                  = "web-http"
  target                = google_compute_target_http_proxy.redirect.id
  port_range            = "80"
  load_balancing_scheme = "EXTERNAL_MANAGED"
}

# Internal load balancer.
resource "google_compute_region_url_map" "internal" {
  name            = "internal"
  region          = "europe-west1"
  default_service = "projects/acme/regions/europe-west1/backendServices/internal"
}

resource "google_compute_region_target_http_proxy" "internal" {
  name    = "internal-http"
  region  = "europe-west1"
  url_map = google_compute_region_url_map.internal.id
}

resource "google_compute_forwarding_rule" "internal" {
  name                  = "internal-http"
  region                = "europe-west1"
  target                = google_compute_region_target_http_proxy.internal.id
  port_range            = "80"
  load_balancing_scheme = "INTERNAL_MANAGED"
}
