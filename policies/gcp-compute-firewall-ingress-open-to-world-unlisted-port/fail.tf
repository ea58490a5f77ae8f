resource "google_compute_firewall" "web" {
  name    = "web"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["80", "443", "8080"]
  }
  # expect: gcp-compute-firewall-ingress-open-to-world-unlisted-port "firewall `google_compute_firewall.web` admits tcp port 8080 from any address"
  source_ranges = ["0.0.0.0/0"]
}

resource "google_compute_firewall" "range" {
  name    = "range"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["80-443"]
  }
  allow {
    protocol = "udp"
    ports    = ["1194"]
  }
  allow {
    protocol = "icmp"
  }
  # expect: gcp-compute-firewall-ingress-open-to-world-unlisted-port "tcp port 80-443", gcp-compute-firewall-ingress-open-to-world-unlisted-port "udp port 1194"
  source_ranges = ["10.0.0.0/8", "::/0"]
}

variable "open_to" {
  type = list(string)
}

resource "google_compute_firewall" "unknown" {
  name    = "game"
  network = "default"
  allow {
    protocol = "udp"
    ports    = ["27015"]
  }
  source_ranges = var.open_to # expect: gcp-compute-firewall-ingress-open-to-world-unlisted-port unknown
}
