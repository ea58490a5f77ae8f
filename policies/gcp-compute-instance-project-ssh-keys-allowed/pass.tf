resource "google_compute_instance" "blocked" {
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
  metadata = {
    "block-project-ssh-keys" = "TRUE"
  }
}

resource "google_compute_instance" "os_login" {
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
  metadata = {
    enable-oslogin = "TRUE"
  }
}

# An instance from a template that does not write the key: its template
# decides.
resource "google_compute_instance_from_template" "inherits" {
  name                     = "inherits"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  metadata = {
    team = "platform"
  }
}

resource "google_compute_instance_from_template" "blocks" {
  name                     = "blocks"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  metadata = {
    block-project-ssh-keys = "TRUE"
  }
}
