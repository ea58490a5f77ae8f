resource "google_compute_network_firewall_policy_rule" "app" {
  firewall_policy = "main"
  priority        = 1000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-ingress-open-to-world-unlisted-port "firewall policy rule `google_compute_network_firewall_policy_rule.app` admits tcp port 8080"
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["443", "8080"]
    }
  }
}
