resource "google_compute_instance" "ephemeral" {
  name         = "web"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
    access_config {} # expect: gcp-compute-instance-public-ip "IPv4"
  }
}

resource "google_compute_address" "web" {
  name = "web"
}

resource "google_compute_instance_template" "static" {
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
    # expect: gcp-compute-instance-public-ip "IPv4"
    access_config {
      nat_ip = google_compute_address.web.address
    }
    # expect: gcp-compute-instance-public-ip "IPv6"
    ipv6_access_config {
      network_tier = "PREMIUM"
    }
  }
}

variable "external_ip" {
  type = bool
}

resource "google_compute_instance" "dynamic" {
  name         = "app"
  machine_type = "e2-small"
  zone         = "europe-west1-b"
  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }
  network_interface {
    network = "default"
    # expect: gcp-compute-instance-public-ip unknown
    dynamic "access_config" {
      for_each = var.external_ip ? [1] : []
      content {
        network_tier = access_config.value
      }
    }
  }
}

resource "google_compute_instance_from_template" "external" {
  name                     = "external"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  network_interface {
    network = "default"
    access_config {} # expect: gcp-compute-instance-public-ip "`google_compute_instance_from_template.external`"
  }
}
