resource "google_dns_managed_zone" "both_keys" {
  name     = "shop"
  dns_name = "shop.example.com."

  dnssec_config {
    state = "on"
    default_key_specs {
      algorithm  = "rsasha1" # expect: gcp-dns-zone-dnssec-weak-algorithm "`google_dns_managed_zone.both_keys` signs its keySigning key"
      key_type   = "keySigning"
      key_length = 2048
    }
    default_key_specs {
      algorithm  = "RSASHA1" # expect: gcp-dns-zone-dnssec-weak-algorithm "zoneSigning"
      key_type   = "zoneSigning"
      key_length = 1024
    }
  }
}

variable "zsk_algorithm" {
  default = "rsasha1"
}

variable "ksk_algorithm" {
  type = string
}

# A zone being moved to another provider (`transfer`) is still signed.
resource "google_dns_managed_zone" "transfer" {
  name     = "api"
  dns_name = "api.example.com."

  dnssec_config {
    state = "transfer"
    default_key_specs {
      algorithm = var.ksk_algorithm # expect: gcp-dns-zone-dnssec-weak-algorithm unknown
      key_type  = "keySigning"
    }
    default_key_specs {
      algorithm = var.zsk_algorithm # expect: gcp-dns-zone-dnssec-weak-algorithm fail "`google_dns_managed_zone.transfer`"
      key_type  = "zoneSigning"
    }
  }
}
