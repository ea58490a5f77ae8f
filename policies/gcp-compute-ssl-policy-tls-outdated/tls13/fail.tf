# param: tls_min_version = "1.3"
resource "google_compute_ssl_policy" "modern" {
  name            = "modern"
  profile         = "RESTRICTED"
  min_tls_version = "TLS_1_2" # expect: gcp-compute-ssl-policy-tls-outdated "`TLS_1_2`"
}

resource "google_compute_ssl_policy" "latest" {
  name            = "latest"
  profile         = "RESTRICTED"
  min_tls_version = "TLS_1_3"
}
