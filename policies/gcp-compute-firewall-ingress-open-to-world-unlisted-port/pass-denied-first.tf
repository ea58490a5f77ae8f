# A deny rule on the same network that GCP applies first (lower priority
# number, or equal: a deny wins a tie) blocks the ports the rules open to
# the internet.
resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "deny_high_ports" {
  name          = "deny-high-ports"
  network       = google_compute_network.vpc.name
  priority      = 100
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["8000-8999"]
  }
  deny {
    protocol = "udp"
  }
}

resource "google_compute_firewall" "allow_app" {
  name          = "allow-app"
  network       = google_compute_network.vpc.name
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["443", "8080", "8443-8444"]
  }
  allow {
    protocol = "udp"
    ports    = ["4500"]
  }
}
