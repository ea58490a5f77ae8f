resource "google_compute_firewall" "ssh" {
  name          = "allow-ssh"
  network       = "default"
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-ssh-open-to-world
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_firewall" "all" {
  name          = "allow-all"
  network       = "default"
  direction     = "INGRESS"
  source_ranges = ["10.0.0.0/8", "::/0"] # expect: gcp-compute-firewall-ssh-open-to-world
  allow {
    protocol = "all"
  }
}
