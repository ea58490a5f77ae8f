# Deny rules that do not block every sensitive port the rule opens first.
resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

# PostgreSQL is denied first, MySQL is not.
resource "google_compute_firewall" "deny_postgres" {
  name          = "deny-postgres"
  network       = google_compute_network.vpc.name
  priority      = 100
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["5432"]
  }
}

resource "google_compute_firewall" "allow_databases" {
  name          = "allow-databases"
  network       = google_compute_network.vpc.name
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-sensitive-port-open-to-world
  allow {
    protocol = "tcp"
    ports    = ["3306", "5432"]
  }
}

# The deny rule comes after the allow rule.
resource "google_compute_firewall" "allow_redis_first" {
  name          = "allow-redis-first"
  network       = google_compute_network.vpc.name
  priority      = 50
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-sensitive-port-open-to-world
  allow {
    protocol = "tcp"
    ports    = ["6379"]
  }
}

resource "google_compute_firewall" "deny_redis_late" {
  name          = "deny-redis-late"
  network       = google_compute_network.vpc.name
  priority      = 900
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["6379"]
  }
}

# SSH is denied first, so the SSH policy does not report this block:
# MySQL is reported here.
resource "google_compute_firewall" "deny_ssh" {
  name          = "deny-ssh"
  network       = google_compute_network.vpc.name
  priority      = 10
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "allow_ssh_and_mysql" {
  name          = "allow-ssh-and-mysql"
  network       = google_compute_network.vpc.name
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-sensitive-port-open-to-world "`google_compute_firewall.allow_ssh_and_mysql`"
  allow {
    protocol = "tcp"
    ports    = ["22", "3306"]
  }
}
