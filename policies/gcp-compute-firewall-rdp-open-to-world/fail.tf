variable "rdp_port" {
  default = "3389"
}

resource "google_compute_firewall" "rdp" {
  name          = "allow-rdp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-rdp-open-to-world
  allow {
    protocol = "tcp"
    ports    = [var.rdp_port]
  }
}

resource "google_compute_firewall" "range" {
  name          = "allow-high"
  network       = "default"
  direction     = "INGRESS"
  source_ranges = ["::/0"] # expect: gcp-compute-firewall-rdp-open-to-world
  allow {
    protocol = "6"
    ports    = ["3000-4000"]
  }
}

resource "google_compute_firewall" "tcp_all_ports" {
  name          = "allow-tcp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-rdp-open-to-world
  allow {
    protocol = "tcp"
  }
}

variable "sources" {
  type = list(string)
}

resource "google_compute_firewall" "from_variable" {
  name          = "allow-rdp-var"
  network       = "default"
  source_ranges = var.sources # expect: gcp-compute-firewall-rdp-open-to-world unknown
  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}
