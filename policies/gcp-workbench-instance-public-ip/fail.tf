resource "google_workbench_instance" "minimal" { # expect: gcp-workbench-instance-public-ip "Workbench instance `google_workbench_instance.minimal`"
  name     = "notebook"
  location = "europe-west1-b"
}

resource "google_workbench_instance" "sized" {
  name     = "gpu-notebook"
  location = "europe-west1-b"
  gce_setup { # expect: gcp-workbench-instance-public-ip
    machine_type = "n1-standard-4"
    accelerator_configs {
      type       = "NVIDIA_TESLA_T4"
      core_count = 1
    }
  }
}

resource "google_workbench_instance" "explicit" {
  name     = "open"
  location = "europe-west1-b"
  gce_setup {
    machine_type      = "e2-standard-4"
    disable_public_ip = false # expect: gcp-workbench-instance-public-ip
  }
}
