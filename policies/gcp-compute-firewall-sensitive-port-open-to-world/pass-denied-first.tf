# A deny rule on the same network that GCP applies first (lower priority
# number, or equal: a deny wins a tie) blocks the database ports the rules
# open to the internet.
resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "deny_databases" {
  name          = "deny-databases"
  network       = google_compute_network.vpc.name
  priority      = 100
  source_ranges = ["0.0.0.0/0", "::/0"]
  deny {
    protocol = "tcp"
    ports    = ["3306", "5432", "6379"]
  }
}

resource "google_compute_firewall" "allow_app" {
  name          = "allow-app"
  network       = google_compute_network.vpc.name
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["443", "5432"]
  }
}

resource "google_compute_firewall" "allow_range_tie" {
  name          = "allow-range-tie"
  network       = google_compute_network.vpc.name
  priority      = 100
  source_ranges = ["::/0"]
  allow {
    protocol = "tcp"
    ports    = ["3300-3310"]
  }
}
