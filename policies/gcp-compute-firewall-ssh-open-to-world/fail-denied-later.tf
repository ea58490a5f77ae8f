# Deny rules that do not block port 22 for every instance first.
resource "google_compute_network" "vpc" {
  name                    = "vpc"
  auto_create_subnetworks = false
}

resource "google_compute_network" "other" {
  name                    = "other"
  auto_create_subnetworks = false
}

variable "priority" {
  type = number
}

# The deny rule comes after (a higher priority number).
resource "google_compute_firewall" "allow_first" {
  name          = "allow-first"
  network       = google_compute_network.vpc.name
  priority      = 5
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-ssh-open-to-world
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "deny_late" {
  name          = "deny-late"
  network       = google_compute_network.vpc.name
  priority      = 100
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# The deny rule is on another network.
resource "google_compute_firewall" "allow_other" {
  name          = "allow-other"
  network       = google_compute_network.other.name
  priority      = 1000
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-ssh-open-to-world
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# The deny rule applies to tagged instances only.
resource "google_compute_firewall" "allow_v6" {
  name          = "allow-v6"
  network       = google_compute_network.vpc.name
  priority      = 1000
  source_ranges = ["::/0"] # expect: gcp-compute-firewall-ssh-open-to-world
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "deny_tagged" {
  name          = "deny-tagged"
  network       = google_compute_network.vpc.name
  priority      = 1
  source_ranges = ["0.0.0.0/0", "::/0"]
  target_tags   = ["bastion"]
  deny {
    protocol = "tcp"
    ports    = ["22"]
  }
}

# The deny rule's priority is not known statically.
resource "google_compute_firewall" "allow_unknown" {
  name          = "allow-unknown"
  network       = google_compute_network.other.name
  priority      = 500
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-ssh-open-to-world
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "deny_unknown_priority" {
  name          = "deny-unknown-priority"
  network       = google_compute_network.other.name
  priority      = var.priority
  source_ranges = ["0.0.0.0/0"]
  deny {
    protocol = "tcp"
    ports    = ["22"]
  }
}
