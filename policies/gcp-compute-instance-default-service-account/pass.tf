resource "google_service_account" "web" {
  account_id = "web"
}

resource "google_compute_instance" "web" {
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
  service_account {
    email  = google_service_account.web.email
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_instance_template" "app" {
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
  service_account {
    email  = "app@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_instance" "no_account" {
  name         = "batch"
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

# The template decides the service account.
resource "google_compute_instance_from_template" "inherits" {
  name                     = "from-template"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
}

resource "google_compute_instance_from_template" "own_account" {
  name                     = "from-template-own"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  service_account {
    email  = "web@acme-prod.iam.gserviceaccount.com"
    scopes = ["cloud-platform"]
  }
}
