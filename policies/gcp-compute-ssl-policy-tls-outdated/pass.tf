variable "min_tls_version" {
  default = "TLS_1_2"
}

resource "google_compute_ssl_policy" "modern" {
  name            = "modern"
  profile         = "MODERN"
  min_tls_version = var.min_tls_version
}

resource "google_compute_region_ssl_policy" "restricted" {
  name            = "restricted"
  region          = "europe-west1"
  profile         = "RESTRICTED"
  min_tls_version = "TLS_1_3"
}

resource "google_compute_ssl_policy" "custom" {
  name            = "custom"
  profile         = "CUSTOM"
  min_tls_version = "TLS_1_2"
  custom_features = [
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
  ]
}

# The cipher suites of RESTRICTED all need TLS 1.2.
resource "google_compute_ssl_policy" "restricted_default_version" {
  name    = "restricted-default-version"
  profile = "RESTRICTED"
}
