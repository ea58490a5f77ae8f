resource "google_dataproc_cluster" "private" {
  name   = "analytics"
  region = "europe-west1"
  cluster_config {
    gce_cluster_config {
      subnetwork       = "projects/acme-net/regions/europe-west1/subnetworks/data"
      internal_ip_only = true
    }
    endpoint_config {
      enable_http_port_access = true
    }
  }
}
