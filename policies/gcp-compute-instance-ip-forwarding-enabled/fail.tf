resource "google_compute_instance" "router" {
  name           = "router"
  machine_type   = "e2-small"
  zone           = "europe-west1-b"
  can_ip_forward = true # expect: gcp-compute-instance-ip-forwarding-enabled
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
  }
}

variable "forwarding" {
  default = true
}

resource "google_compute_instance_template" "appliance" {
  machine_type   = "e2-small"
  can_ip_forward = var.forwarding # expect: gcp-compute-instance-ip-forwarding-enabled
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
}

resource "google_compute_instance_from_template" "router" {
  name                     = "router"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  can_ip_forward           = true # expect: gcp-compute-instance-ip-forwarding-enabled "`google_compute_instance_from_template.router`"
}
