resource "google_compute_instance" "full" {
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
    scopes = ["cloud-platform"] # expect: gcp-compute-instance-default-service-account "full access"
  }
}

resource "google_compute_instance_template" "named" {
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com" # expect: gcp-compute-instance-default-service-account
    scopes = ["logging-write", "monitoring-write"]
  }
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
  service_account {
    email  = data.google_compute_default_service_account.default.email
    scopes = ["https://www.googleapis.com/auth/cloud-platform"] # expect: gcp-compute-instance-default-service-account "full access"
  }
}

data "google_compute_default_service_account" "default" {}

resource "google_compute_instance_template" "default_data_source" {
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
  service_account {
    email  = data.google_compute_default_service_account.default.email # expect: gcp-compute-instance-default-service-account
    scopes = ["logging-write"]
  }
}

variable "vm_service_account" {
  type = string
}

resource "google_compute_instance" "from_variable" {
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
  service_account {
    email  = var.vm_service_account
    scopes = ["cloud-platform"] # expect: gcp-compute-instance-default-service-account unknown
  }
}

resource "google_compute_instance" "empty_email" {
  name         = "empty"
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
    email  = "" # expect: gcp-compute-instance-default-service-account
    scopes = ["storage-ro"]
  }
}

resource "google_compute_instance_template" "default_alias" {
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
  }
  service_account {
    email  = "default"
    scopes = ["cloud-platform"] # expect: gcp-compute-instance-default-service-account "full access"
  }
}

# An instance from a template that writes its own `service_account`, which
# replaces the template's.
resource "google_compute_instance_from_template" "own_default" {
  name                     = "from-template"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com" # expect: gcp-compute-instance-default-service-account "`google_compute_instance_from_template.own_default` runs as the default service account"
    scopes = ["logging-write"]
  }
}

resource "google_compute_instance_from_template" "own_full" {
  name                     = "from-template-full"
  zone                     = "europe-west1-b"
  source_instance_template = "projects/acme/global/instanceTemplates/base"
  service_account {
    email  = "123456789012-compute@developer.gserviceaccount.com"
    scopes = ["https://www.googleapis.com/auth/cloud-platform"] # expect: gcp-compute-instance-default-service-account "full access"
  }
}
