resource "google_compute_firewall" "web" {
  name          = "allow-web"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["80", "443", "8000-9000"]
  }
  allow {
    protocol = "icmp"
  }
}

resource "google_compute_firewall" "internal" {
  name          = "allow-internal"
  network       = "default"
  source_ranges = ["10.128.0.0/9"]
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "egress" {
  name               = "egress-all"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "all"
  }
}

# Ranges that leave a gap (port 1025) do not open every port.
resource "google_compute_firewall" "split_with_gap" {
  name          = "allow-split-gap"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["1-1024", "1026-65535"]
  }
}
