resource "google_compute_network_firewall_policy_rule" "all" {
  firewall_policy = "main"
  priority        = 1000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-all-ports-open-to-world "firewall policy rule `google_compute_network_firewall_policy_rule.all` admits every port (protocol `all`)"
    layer4_configs {
      ip_protocol = "all"
    }
  }
}

resource "google_compute_firewall_policy_rule" "udp_range" {
  firewall_policy = "locations/global/firewallPolicies/1234"
  priority        = 2000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["::/0"] # expect: gcp-compute-firewall-all-ports-open-to-world "udp"
    layer4_configs {
      ip_protocol = "udp"
      ports       = ["0-65535"]
    }
  }
}

resource "google_compute_region_network_firewall_policy_rule" "tcp" {
  firewall_policy = "regional"
  region          = "europe-west1"
  priority        = 3000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-all-ports-open-to-world "tcp"
    layer4_configs {
      ip_protocol = "tcp"
    }
  }
}
