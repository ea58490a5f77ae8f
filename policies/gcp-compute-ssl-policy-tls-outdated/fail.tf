variable "min_tls_version" {
  type = string
}

resource "google_compute_ssl_policy" "defaults" { # expect: gcp-compute-ssl-policy-tls-outdated "TLS 1.0", gcp-compute-ssl-policy-tls-outdated "COMPATIBLE"
  name = "defaults"
}

resource "google_compute_ssl_policy" "old" {
  name            = "old"
  profile         = "MODERN"
  min_tls_version = "TLS_1_1" # expect: gcp-compute-ssl-policy-tls-outdated "`TLS_1_1`"
}

resource "google_compute_region_ssl_policy" "compatible" {
  name            = "compatible"
  region          = "europe-west1"
  profile         = "COMPATIBLE" # expect: gcp-compute-ssl-policy-tls-outdated "COMPATIBLE"
  min_tls_version = "TLS_1_2"
}

resource "google_compute_ssl_policy" "custom" {
  name            = "custom"
  profile         = "CUSTOM"
  min_tls_version = "TLS_1_2"
  custom_features = [
    "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_128_GCM_SHA256", # expect: gcp-compute-ssl-policy-tls-outdated "TLS_RSA_WITH_AES_128_GCM_SHA256"
  ]
}

resource "google_compute_ssl_policy" "unknown" {
  name            = "unknown"
  profile         = "MODERN"
  min_tls_version = var.min_tls_version # expect: gcp-compute-ssl-policy-tls-outdated unknown
}
