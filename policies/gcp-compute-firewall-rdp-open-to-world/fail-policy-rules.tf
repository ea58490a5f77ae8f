resource "google_compute_network_firewall_policy" "main" {
  name = "main"
}

resource "google_compute_network_firewall_policy_rule" "rdp" {
  firewall_policy = google_compute_network_firewall_policy.main.name
  priority        = 1000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-rdp-open-to-world "firewall policy rule `google_compute_network_firewall_policy_rule.rdp` admits RDP"
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["3389"]
    }
  }
}

resource "google_compute_firewall_policy_rule" "org_all_tcp" {
  firewall_policy = "locations/global/firewallPolicies/1234"
  priority        = 2000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["::/0"] # expect: gcp-compute-firewall-rdp-open-to-world
    layer4_configs {
      ip_protocol = "tcp"
    }
  }
}

resource "google_compute_region_network_firewall_policy_rule" "all" {
  firewall_policy = "regional"
  region          = "europe-west1"
  priority        = 3000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["0.0.0.0/0"] # expect: gcp-compute-firewall-rdp-open-to-world
    layer4_configs {
      ip_protocol = "all"
    }
  }
}
