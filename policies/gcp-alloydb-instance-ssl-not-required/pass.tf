resource "google_alloydb_instance" "primary" {
  cluster       = "projects/acme/locations/us-central1/clusters/main"
  instance_id   = "primary"
  instance_type = "PRIMARY"

  client_connection_config {
    require_connectors = true
    ssl_config {
      ssl_mode = "ENCRYPTED_ONLY"
    }
  }
}

# The default is ENCRYPTED_ONLY.
resource "google_alloydb_instance" "replica" {
  cluster       = "projects/acme/locations/us-central1/clusters/main"
  instance_id   = "replica"
  instance_type = "READ_POOL"
  read_pool_config {
    node_count = 1
  }
}
