resource "google_compute_network_firewall_policy_rule" "office" {
  firewall_policy = "main"
  priority        = 1000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["203.0.113.0/24"]
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["3389"]
    }
  }
}

resource "google_compute_network_firewall_policy_rule" "deny" {
  firewall_policy = "main"
  priority        = 2000
  action          = "deny"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["0.0.0.0/0"]
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["3389"]
    }
  }
}

resource "google_compute_network_firewall_policy_rule" "disabled" {
  firewall_policy = "main"
  priority        = 3000
  action          = "allow"
  direction       = "INGRESS"
  disabled        = true
  match {
    src_ip_ranges = ["0.0.0.0/0"]
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["3389"]
    }
  }
}

resource "google_compute_network_firewall_policy_rule" "egress" {
  firewall_policy = "main"
  priority        = 4000
  action          = "allow"
  direction       = "EGRESS"
  match {
    dest_ip_ranges = ["0.0.0.0/0"]
    layer4_configs {
      ip_protocol = "tcp"
    }
  }
}

resource "google_compute_network_firewall_policy_rule" "web" {
  firewall_policy = "main"
  priority        = 5000
  action          = "allow"
  direction       = "INGRESS"
  match {
    src_ip_ranges = ["0.0.0.0/0"]
    layer4_configs {
      ip_protocol = "tcp"
      ports       = ["443"]
    }
  }
}
