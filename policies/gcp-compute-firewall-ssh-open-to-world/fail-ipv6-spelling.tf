resource "google_compute_firewall" "ssh_v6" {
  name          = "allow-ssh-v6"
  network       = "default"
  source_ranges = ["::0/0"] # expect: gcp-compute-firewall-ssh-open-to-world
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "ssh_v6_long" {
  name          = "allow-ssh-v6-long"
  network       = "default"
  source_ranges = ["0::0/0"] # expect: gcp-compute-firewall-ssh-open-to-world
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}
