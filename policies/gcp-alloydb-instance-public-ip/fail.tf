resource "google_alloydb_instance" "primary" {
  cluster       = "projects/acme-prod/locations/europe-west1/clusters/orders"
  instance_id   = "orders-primary"
  instance_type = "PRIMARY"
  network_config {
    enable_public_ip = true # expect: gcp-alloydb-instance-public-ip
    authorized_external_networks {
      cidr_range = "198.51.100.0/24"
    }
  }
}
