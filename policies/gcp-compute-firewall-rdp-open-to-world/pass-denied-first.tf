# A deny rule on the same network that GCP applies first (lower priority
# number, or equal: a deny wins a tie) blocks port 3389 from the internet.
resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "allow_any" {
  name          = "allow-any"
  network       = google_compute_network.vpc.name
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "deny_admin" {
  name          = "deny-admin"
  network       = google_compute_network.vpc.name
  priority      = 10
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["22", "3389"]
  }
}

resource "google_compute_firewall" "allow_admin_tie" {
  name          = "allow-admin-tie"
  network       = google_compute_network.vpc.name
  priority      = 10
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}
