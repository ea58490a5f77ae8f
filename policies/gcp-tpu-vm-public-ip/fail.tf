resource "google_tpu_v2_vm" "train" {
  name             = "train"
  zone             = "us-central1-c"
  runtime_version  = "tpu-vm-tf-2.13.0"
  accelerator_type = "v2-8"
  network_config {
    network             = "projects/acme-ml/global/networks/ml"
    subnetwork          = "projects/acme-ml/regions/us-central1/subnetworks/tpu"
    enable_external_ips = true # expect: gcp-tpu-vm-public-ip "TPU VM `google_tpu_v2_vm.train`"
  }
}
