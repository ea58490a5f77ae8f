resource "google_alloydb_instance" "private" {
  cluster       = "projects/acme-prod/locations/europe-west1/clusters/orders"
  instance_id   = "orders-primary"
  instance_type = "PRIMARY"
}

resource "google_alloydb_instance" "explicit" {
  cluster       = "projects/acme-prod/locations/europe-west1/clusters/orders"
  instance_id   = "orders-read"
  instance_type = "READ_POOL"
  read_pool_config {
    node_count = 2
  }
  network_config {
    enable_public_ip          = false
    enable_outbound_public_ip = true
  }
}
