variable "ranges" {
  type = list(string)
}

resource "google_compute_firewall" "mysql" {
  name          = "allow-mysql"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-sensitive-port-open-to-world "3306"
  allow {
    protocol = "tcp"
    ports    = ["3306"]
  }
}

resource "google_compute_firewall" "ftp_v6" {
  name          = "allow-ftp"
  network       = "default"
  direction     = "INGRESS"
  source_ranges = ["::/0"] # expect: gcp-compute-firewall-sensitive-port-open-to-world
  allow {
    protocol = "6"
    ports    = ["20-21"]
  }
}

resource "google_compute_firewall" "db_range" {
  name          = "allow-dbs"
  network       = "default"
  source_ranges = ["10.0.0.0/8", "0.0.0.0/0"] # expect: gcp-compute-firewall-sensitive-port-open-to-world
  allow {
    protocol = "tcp"
    ports    = ["80", "5000-6000"]
  }
}

resource "google_compute_firewall" "unknown" {
  name          = "allow-redis"
  network       = "default"
  source_ranges = var.ranges # expect: gcp-compute-firewall-sensitive-port-open-to-world unknown
  allow {
    protocol = "tcp"
    ports    = ["6379"]
  }
}
