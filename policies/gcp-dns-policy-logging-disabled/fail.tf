resource "google_dns_policy" "forwarding" { # expect: gcp-dns-policy-logging-disabled "`google_dns_policy.forwarding`"
  name                      = "inbound-forwarding"
  enable_inbound_forwarding = true

  networks {
    network_url = "projects/acme/global/networks/prod"
  }
}

resource "google_dns_policy" "off" {
  name           = "prod"
  enable_logging = false # expect: gcp-dns-policy-logging-disabled fail

  networks {
    network_url = "projects/acme/global/networks/prod"
  }
}

variable "dns_logging" {
  type = bool
}

resource "google_dns_policy" "unknown" {
  name           = "staging"
  enable_logging = var.dns_logging # expect: gcp-dns-policy-logging-disabled unknown
}
