resource "google_compute_firewall" "all" {
  name          = "allow-all"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-all-ports-open-to-world "every all port"
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "tcp_range" {
  name          = "allow-tcp"
  network       = "default"
  source_ranges = ["10.0.0.0/8", "0.0.0.0/0"] # expect: gcp-compute-firewall-all-ports-open-to-world "every tcp port"
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
