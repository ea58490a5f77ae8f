resource "google_alloydb_instance" "primary" {
  cluster       = "projects/acme/locations/us-central1/clusters/main"
  instance_id   = "primary"
  instance_type = "PRIMARY"

  client_connection_config {
    ssl_config {
      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" # expect: gcp-alloydb-instance-ssl-not-required
    }
  }
}
