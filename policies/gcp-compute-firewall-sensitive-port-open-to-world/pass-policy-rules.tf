resource "google_compute_network_firewall_policy_rule" "postgres_private" {
  firewall_policy = "main"
  priority        = 1000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["10.0.0.0/8"]
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["5432"]
    }
  }
}

resource "google_compute_network_firewall_policy_rule" "deny_postgres" {
  firewall_policy = "main"
  priority        = 2000
  action          = "deny"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["0.0.0.0/0"]
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["5432"]
    }
  }
}
