resource "google_tpu_v2_vm" "default" {
  name             = "train"
  zone             = "us-central1-c"
  runtime_version  = "tpu-vm-tf-2.13.0"
  accelerator_type = "v2-8"
}

resource "google_tpu_v2_vm" "explicit" {
  name             = "train-2"
  zone             = "us-central1-c"
  runtime_version  = "tpu-vm-tf-2.13.0"
  accelerator_type = "v2-8"
  network_config {
    subnetwork          = "projects/acme-ml/regions/us-central1/subnetworks/tpu"
    enable_external_ips = false
  }
}
