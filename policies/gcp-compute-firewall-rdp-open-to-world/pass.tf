variable "admin_ranges" {
  default = ["203.0.113.0/24"]
}

resource "google_compute_firewall" "iap" {
  name          = "allow-rdp-iap"
  network       = "default"
  source_ranges = ["35.235.240.0/20"]
  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

resource "google_compute_firewall" "office" {
  name          = "allow-rdp-office"
  network       = "default"
  source_ranges = var.admin_ranges
  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

resource "google_compute_firewall" "web" {
  name          = "allow-web"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }
  allow {
    protocol = "udp"
    ports    = ["3389"]
  }
}

resource "google_compute_firewall" "disabled" {
  name          = "rdp-disabled"
  network       = "default"
  disabled      = true
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["3389"]
  }
}

resource "google_compute_firewall" "deny" {
  name          = "deny-rdp"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["3389"]
  }
}
