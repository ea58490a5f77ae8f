resource "google_notebooks_instance" "default" { # expect: gcp-workbench-instance-public-ip "user-managed notebook `google_notebooks_instance.default`"
  name         = "default"
  location     = "europe-west1-b"
  machine_type = "e2-medium"
  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}

resource "google_notebooks_instance" "public" {
  name         = "public"
  location     = "europe-west1-b"
  machine_type = "e2-medium"
  no_public_ip = false # expect: gcp-workbench-instance-public-ip
  vm_image {
    project      = "deeplearning-platform-release"
    image_family = "tf-latest-cpu"
  }
}

resource "google_notebooks_runtime" "public" {
  name     = "public"
  location = "europe-west1"
  access_config {
    access_type   = "SINGLE_USER"
    runtime_owner = "analyst@example.com"
  }
  virtual_machine {
    virtual_machine_config {
      machine_type     = "n1-standard-4"
      internal_ip_only = false # expect: gcp-workbench-instance-public-ip "managed notebook runtime `google_notebooks_runtime.public`"
      data_disk {
        initialize_params {
          disk_size_gb = "100"
        }
      }
    }
  }
}

resource "google_notebooks_runtime" "unset" { # expect: gcp-workbench-instance-public-ip "`google_notebooks_runtime.unset`"
  name     = "unset"
  location = "europe-west1"
  access_config {
    access_type   = "SINGLE_USER"
    runtime_owner = "analyst@example.com"
  }
}
