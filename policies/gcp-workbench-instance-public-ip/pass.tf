resource "google_workbench_instance" "private" {
  name     = "notebook"
  location = "europe-west1-b"
  gce_setup {
    machine_type      = "e2-standard-4"
    disable_public_ip = true
    network_interfaces {
      network = "projects/acme-net/global/networks/ml"
      subnet  = "projects/acme-net/regions/europe-west1/subnetworks/ml"
    }
  }
}
