resource "google_compute_network" "prod" {
  name                    = "prod"
  auto_create_subnetworks = false
}

resource "google_dns_policy" "prod" {
  name                      = "prod"
  enable_inbound_forwarding = false
  enable_logging            = true

  networks {
    network_url = google_compute_network.prod.id
  }
}

variable "dns_logging" {
  default = true
}

resource "google_dns_policy" "from_variable" {
  name           = "staging"
  enable_logging = var.dns_logging
}
