resource "google_compute_subnetwork" "app" { # expect: gcp-subnetwork-flow-logs-disabled
  name          = "app"
  ip_cidr_range = "10.0.0.0/24"
  region        = "europe-west1"
  network       = "vpc"
}

resource "google_compute_subnetwork" "legacy" { # expect: gcp-subnetwork-flow-logs-disabled
  name             = "legacy"
  ip_cidr_range    = "10.0.1.0/24"
  region           = "europe-west1"
  network          = "vpc"
  purpose          = "PRIVATE"
  enable_flow_logs = false
}
