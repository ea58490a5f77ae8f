resource "google_data_fusion_instance" "private" {
  name                          = "etl"
  region                        = "europe-west1"
  type                          = "ENTERPRISE"
  private_instance              = true
  enable_stackdriver_logging    = true
  enable_stackdriver_monitoring = true
  network_config {
    network       = "projects/acme-net/global/networks/data"
    ip_allocation = "10.89.48.0/22"
  }
}
