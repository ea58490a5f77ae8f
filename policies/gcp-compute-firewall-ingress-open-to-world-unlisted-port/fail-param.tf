# param: world_open_ports_allowed = [443]
resource "google_compute_firewall" "web" {
  name    = "web"
  network = "default"
  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }
  source_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-ingress-open-to-world-unlisted-port "port 80 "
}
