resource "google_compute_health_check" "http" {
  name = "web-http"

  http_health_check {
    port         = 8080
    request_path = "/healthz"
  }
}

# Classic Application Load Balancer: no scheme and no protocol, so
# EXTERNAL and HTTP; no log_config at all.
resource "google_compute_backend_service" "web" { # expect: gcp-compute-backend-service-logging-disabled "`google_compute_backend_service.web` of an external HTTP(S) load balancer has no `log_config`"
  name          = "web"
  port_name     = "http"
  health_checks = [google_compute_health_check.http.id]

  backend {
    group = "projects/acme-prod/zones/europe-west1-b/instanceGroups/web"
  }
}

# Global external Application Load Balancer with logging switched off.
resource "google_compute_backend_service" "api" {
  name                  = "api"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = "HTTPS"
  health_checks         = [google_compute_health_check.http.id]

  log_config {
    enable      = false # expect: gcp-compute-backend-service-logging-disabled "does not enable `log_config`"
    sample_rate = 1.0
  }
}

# A log_config that sets only the sample rate: logging stays off.
resource "google_compute_backend_service" "static" {
  name       = "static"
  enable_cdn = true

  # expect: gcp-compute-backend-service-logging-disabled "`google_compute_backend_service.static`"
  log_config {
    sample_rate = 0.5
  }
}

# Logging on, but every request sampled away.
variable "api_v2_sample_rate" {
  type    = number
  default = 0
}

resource "google_compute_backend_service" "api_v2" {
  name                  = "api-v2"
  load_balancing_scheme = "EXTERNAL_MANAGED"

  log_config {
    enable      = true
    sample_rate = var.api_v2_sample_rate # expect: gcp-compute-backend-service-logging-disabled "`sample_rate = 0`"
  }
}

# Regional external Application Load Balancer, scheme from a variable with
# a default.
variable "portal_scheme" {
  type    = string
  default = "EXTERNAL_MANAGED"
}

resource "google_compute_region_backend_service" "portal" { # expect: gcp-compute-backend-service-logging-disabled "`google_compute_region_backend_service.portal`"
  name                  = "portal"
  region                = "europe-west1"
  load_balancing_scheme = var.portal_scheme
  protocol              = "HTTP"
  health_checks         = [google_compute_health_check.http.id]
}
