resource "google_notebooks_instance" "private" {
  name         = "private"
  location     = "europe-west1-b"
  machine_type = "e2-medium"
  no_public_ip = true
  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}

resource "google_notebooks_runtime" "private" {
  name     = "private"
  location = "europe-west1"
  access_config {
    access_type   = "SINGLE_USER"
    runtime_owner = "analyst@example.com"
  }
  virtual_machine {
    virtual_machine_config {
      machine_type     = "n1-standard-4"
      internal_ip_only = true
      data_disk {
        initialize_params {
          disk_size_gb = "100"
        }
      }
    }
  }
}
