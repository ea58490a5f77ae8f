resource "google_compute_firewall" "web" {
  name    = "web"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }
  allow {
    protocol = "icmp"
  }
  source_ranges = ["0.0.0.0/0"]
  target_tags   = ["web"]
}

# Only from the load balancer and health checkers.
resource "google_compute_firewall" "app" {
  name    = "app"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["8080"]
  }
  source_ranges = ["35.191.0.0/16", "130.211.0.0/22"]
}

# Left to the SSH, sensitive-port and all-ports policies.
resource "google_compute_firewall" "others" {
  name    = "others"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["22", "5432"]
  }
  allow {
    protocol = "udp"
  }
  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "egress" {
  name               = "egress"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["8443"]
  }
}

resource "google_compute_firewall" "disabled" {
  name     = "disabled"
  network  = "default"
  disabled = true
  allow {
    protocol = "tcp"
    ports    = ["9000"]
  }
  source_ranges = ["0.0.0.0/0"]
}
