resource "google_compute_firewall" "all" {
  name          = "allow-all"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-all-ports-open-to-world "every port (protocol `all`)"
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "tcp_range" {
  name          = "allow-tcp"
  network       = "default"
  source_ranges = ["10.0.0.0/8", "0.0.0.0/0"] # expect: gcp-compute-firewall-all-ports-open-to-world "every port (protocol `tcp`)"
  allow {
    protocol = "tcp"
    ports    = ["0-65535"]
  }
}

resource "google_compute_firewall" "udp" {
  name          = "allow-udp"
  network       = "default"
  source_ranges = ["::/0"] # expect: gcp-compute-firewall-all-ports-open-to-world
  allow {
    protocol = "udp"
  }
}

resource "google_compute_firewall" "split_ranges" {
  name          = "allow-split"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-all-ports-open-to-world "every port (protocol `tcp`)"
  allow {
    protocol = "tcp"
    ports    = ["1025-65535", "1-1024"]
  }
}
