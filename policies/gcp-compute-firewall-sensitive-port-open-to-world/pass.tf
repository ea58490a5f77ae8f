resource "google_compute_firewall" "mysql_internal" {
  name          = "allow-mysql-internal"
  network       = "default"
  source_ranges = ["10.0.0.0/8"]
  allow {
    protocol = "tcp"
    ports    = ["3306"]
  }
}

resource "google_compute_firewall" "postgres_tags" {
  name        = "allow-postgres-from-app"
  network     = "default"
  source_tags = ["app"]
  allow {
    protocol = "tcp"
    ports    = ["5432"]
  }
}

resource "google_compute_firewall" "web" {
  name          = "allow-web"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["80", "443", "8080"]
  }
}

resource "google_compute_firewall" "dns" {
  name          = "allow-dns"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "udp"
    ports    = ["53"]
  }
}

# Left to gcp-compute-firewall-ssh-open-to-world and
# gcp-compute-firewall-all-ports-open-to-world.
resource "google_compute_firewall" "ssh_and_more" {
  name          = "allow-ssh-range"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["20-25"]
  }
}

resource "google_compute_firewall" "everything" {
  name          = "allow-all"
  network       = "default"
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "all"
  }
}

resource "google_compute_firewall" "disabled" {
  name          = "allow-mysql-off"
  network       = "default"
  disabled      = true
  source_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["3306"]
  }
}

resource "google_compute_firewall" "egress" {
  name               = "egress-mysql"
  network            = "default"
  direction          = "EGRESS"
  destination_ranges = ["0.0.0.0/0"]
  allow {
    protocol = "tcp"
    ports    = ["3306"]
  }
}
