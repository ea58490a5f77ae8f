resource "google_dns_managed_zone" "no_config" { # expect: gcp-dns-zone-dnssec-disabled "`google_dns_managed_zone.no_config` is not signed"
  name     = "shop"
  dns_name = "shop.example.com."
}

resource "google_dns_managed_zone" "off" {
  name       = "api"
  dns_name   = "api.example.com."
  visibility = "public"

  dnssec_config {
    state = "off" # expect: gcp-dns-zone-dnssec-disabled "`google_dns_managed_zone.off` turns DNSSEC off"
  }
}

# A `dnssec_config` without `state` leaves DNSSEC off.
resource "google_dns_managed_zone" "no_state" {
  name     = "docs"
  dns_name = "docs.example.com."

  # expect: gcp-dns-zone-dnssec-disabled "`google_dns_managed_zone.no_state`"
  dnssec_config {
    non_existence = "nsec3"
  }
}

variable "dnssec_state" {
  type = string
}

resource "google_dns_managed_zone" "unknown" {
  name     = "status"
  dns_name = "status.example.com."

  dnssec_config {
    state = var.dnssec_state # expect: gcp-dns-zone-dnssec-disabled unknown
  }
}

variable "visibility" {
  type = string
}

resource "google_dns_managed_zone" "unknown_visibility" { # expect: gcp-dns-zone-dnssec-disabled unknown
  name       = "mail"
  dns_name   = "mail.example.com."
  visibility = var.visibility
}

# A dynamic block over a list that is not known: not decided.
variable "states" {
  type = list(string)
}

resource "google_dns_managed_zone" "dynamic" {
  name     = "blog"
  dns_name = "blog.example.com."

  dynamic "dnssec_config" {
    for_each = var.states
    content {
      state = dnssec_config.value # expect: gcp-dns-zone-dnssec-disabled unknown
    }
  }
}
