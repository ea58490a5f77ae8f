variable "lb_scheme" {
  type = string
}

variable "access_logs" {
  type = bool
}

variable "log_settings" {
  type = list(object({ sample_rate = number }))
}

# Whether the load balancer is external is not known.
resource "google_compute_backend_service" "shop" { # expect: gcp-compute-backend-service-logging-disabled unknown
  name                  = "shop"
  load_balancing_scheme = var.lb_scheme
}

# External, but whether logging is on is not known.
resource "google_compute_backend_service" "checkout" {
  name                  = "checkout"
  load_balancing_scheme = "EXTERNAL_MANAGED"

  log_config {
    enable = var.access_logs # expect: gcp-compute-backend-service-logging-disabled unknown
  }
}

# A dynamic block over a list nobody can read.
resource "google_compute_backend_service" "search" {
  name = "search"

  dynamic "log_config" {
    for_each = var.log_settings
    content {
      enable      = true
      sample_rate = log_config.value.sample_rate # expect: gcp-compute-backend-service-logging-disabled unknown
    }
  }
}
