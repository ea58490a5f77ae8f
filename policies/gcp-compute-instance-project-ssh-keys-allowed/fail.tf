resource "google_compute_instance" "none" { # expect: gcp-compute-instance-project-ssh-keys-allowed
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
  }
}

resource "google_compute_instance_template" "off" {
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
  metadata = {
    block-project-ssh-keys = false # expect: gcp-compute-instance-project-ssh-keys-allowed
    enable-oslogin         = "FALSE"
  }
}

variable "metadata" {
  type = map(string)
}

resource "google_compute_instance" "unknown" {
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
  }
  metadata = var.metadata # expect: gcp-compute-instance-project-ssh-keys-allowed unknown
}

resource "google_compute_instance_from_template" "off" {
  name                     = "off"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  metadata = {
    team                   = "platform"
    block-project-ssh-keys = false # expect: gcp-compute-instance-project-ssh-keys-allowed "`google_compute_instance_from_template.off`"
  }
}
