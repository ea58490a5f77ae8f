resource "google_dns_managed_zone" "signed" {
  name     = "shop"
  dns_name = "shop.example.com."

  dnssec_config {
    state = "on"
  }
}

# A signed zone on its way to another provider.
resource "google_dns_managed_zone" "moving" {
  name       = "api"
  dns_name   = "api.example.com."
  visibility = "public"

  dnssec_config {
    state = "transfer"
  }
}

variable "dnssec_state" {
  default = "on"
}

resource "google_dns_managed_zone" "from_variable" {
  name     = "docs"
  dns_name = "docs.example.com."

  dnssec_config {
    state = var.dnssec_state
  }
}

# Private zones cannot be signed.
resource "google_dns_managed_zone" "internal" {
  name       = "internal"
  dns_name   = "internal.example.com."
  visibility = "private"

  private_visibility_config {
    networks {
      network_url = "projects/acme/global/networks/vpc"
    }
  }
}
