resource "google_dns_managed_zone" "strong" {
  name     = "shop"
  dns_name = "shop.example.com."

  dnssec_config {
    state = "on"
    default_key_specs {
      algorithm  = "rsasha256"
      key_type   = "keySigning"
      key_length = 2048
    }
    default_key_specs {
      algorithm  = "ecdsap256sha256"
      key_type   = "zoneSigning"
      key_length = 256
    }
  }
}

# No key specs: Cloud DNS signs with RSASHA256.
resource "google_dns_managed_zone" "default_keys" {
  name     = "docs"
  dns_name = "docs.example.com."

  dnssec_config {
    state = "on"
  }
}

# DNSSEC off: the key specs are not used.
resource "google_dns_managed_zone" "unsigned" {
  name     = "legacy"
  dns_name = "legacy.example.com."

  dnssec_config {
    state = "off"
    default_key_specs {
      algorithm = "rsasha1"
      key_type  = "keySigning"
    }
  }
}

resource "google_dns_managed_zone" "no_dnssec" {
  name     = "blog"
  dns_name = "blog.example.com."
}
