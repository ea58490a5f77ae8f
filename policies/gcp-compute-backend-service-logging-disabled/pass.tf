resource "google_compute_backend_service" "storefront" {
  name          = "storefront"
  port_name     = "http"
  health_checks = ["projects/acme-prod/global/healthChecks/storefront"]

  log_config {
    enable      = true
    sample_rate = 0.25
  }
}

resource "google_compute_backend_service" "payments" {
  name                  = "payments"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = "HTTPS"

  log_config {
    enable = true
  }
}

resource "google_compute_region_backend_service" "partners" {
  name                  = "partners"
  region                = "europe-west1"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = "HTTP"

  log_config {
    enable = true
  }
}

# Logging from a dynamic block over a variable with a default.
variable "docs_logging" {
  type = list(object({ sample_rate = number }))
  default = [
    { sample_rate = 1.0 },
  ]
}

resource "google_compute_backend_service" "docs" {
  name = "docs"

  dynamic "log_config" {
    for_each = var.docs_logging
    content {
      enable      = true
      sample_rate = log_config.value.sample_rate
    }
  }
}

# Internal load balancers are not checked: the regional default scheme is
# INTERNAL, and internal Application Load Balancers are left to each team.
resource "google_compute_region_backend_service" "ledger_ilb" {
  name   = "ledger-ilb"
  region = "europe-west1"
}

resource "google_compute_region_backend_service" "reports_internal" {
  name                  = "reports-internal"
  region                = "europe-west1"
  load_balancing_scheme = "INTERNAL_MANAGED"
  protocol              = "HTTP"
}

resource "google_compute_backend_service" "mesh" {
  name                  = "mesh"
  load_balancing_scheme = "INTERNAL_SELF_MANAGED"
  protocol              = "GRPC"
}

# External Network Load Balancers (proxy and passthrough) are not HTTP(S).
resource "google_compute_backend_service" "mqtt_proxy" {
  name                  = "mqtt-proxy"
  load_balancing_scheme = "EXTERNAL_MANAGED"
  protocol              = "TCP"
}

resource "google_compute_region_backend_service" "game_udp" {
  name                  = "game-udp"
  region                = "europe-west1"
  load_balancing_scheme = "EXTERNAL"
  protocol              = "UDP"
}
