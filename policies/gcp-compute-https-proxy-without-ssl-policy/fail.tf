variable "ssl_policy" {
  type = string
}

resource "google_compute_target_https_proxy" "web" { # expect: gcp-compute-https-proxy-without-ssl-policy
  name             = "web"
  url_map          = google_compute_url_map.web.id
  ssl_certificates = [google_compute_ssl_certificate.web.id]
}

resource "google_compute_target_ssl_proxy" "tcp" { # expect: gcp-compute-https-proxy-without-ssl-policy
  name             = "tcp"
  backend_service  = google_compute_backend_service.tcp.id
  ssl_certificates = [google_compute_ssl_certificate.web.id]
}

resource "google_compute_region_target_https_proxy" "internal" {
  name             = "internal"
  region           = "europe-west1"
  url_map          = google_compute_region_url_map.internal.id
  ssl_certificates = [google_compute_region_ssl_certificate.internal.id]
  ssl_policy       = var.ssl_policy # expect: gcp-compute-https-proxy-without-ssl-policy unknown
}
