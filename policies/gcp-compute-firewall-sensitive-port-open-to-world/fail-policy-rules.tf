resource "google_compute_network_firewall_policy_rule" "postgres" {
  firewall_policy = "main"
  priority        = 1000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-sensitive-port-open-to-world "firewall policy rule `google_compute_network_firewall_policy_rule.postgres`"
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["5432"]
    }
  }
}
