# Deny rules that do not block the whole entry, or not its protocol, first.
resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "deny_8080" {
  name          = "deny-8080"
  network       = google_compute_network.vpc.name
  priority      = 100
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["8080"]
  }
}

resource "google_compute_firewall" "allow_app" {
  name          = "allow-app"
  network       = google_compute_network.vpc.name
  # expect: gcp-compute-firewall-ingress-open-to-world-unlisted-port "tcp port 8000-8100", gcp-compute-firewall-ingress-open-to-world-unlisted-port "udp port 8080"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["8080", "8000-8100"]
  }
  allow {
    protocol = "udp"
    ports    = ["8080"]
  }
}

# MySQL is denied first, so the sensitive-port policy does not report the
# range: the rest of it is reported here.
resource "google_compute_firewall" "deny_mysql" {
  name          = "deny-mysql"
  network       = google_compute_network.vpc.name
  priority      = 10
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["3306"]
  }
}

resource "google_compute_firewall" "allow_range" {
  name    = "allow-range"
  network = google_compute_network.vpc.name
  # expect: gcp-compute-firewall-ingress-open-to-world-unlisted-port "tcp port 3300-3310"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["3300-3310"]
  }
}
