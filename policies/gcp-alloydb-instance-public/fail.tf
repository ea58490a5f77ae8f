variable "open_to" {
  type    = string
  default = "0.0.0.0/0"
}

resource "google_alloydb_instance" "primary" {
  cluster       = google_alloydb_cluster.main.name
  instance_id   = "primary"
  instance_type = "PRIMARY"

  network_config {
    enable_public_ip = true
    authorized_external_networks {
      cidr_range = "203.0.113.0/24"
    }
    authorized_external_networks {
      cidr_range = var.open_to # expect: gcp-alloydb-instance-public "`google_alloydb_instance.primary`"
    }
  }
}

resource "google_alloydb_cluster" "main" {
  cluster_id = "main"
  location   = "us-central1"
  network_config {
    network = "projects/acme/global/networks/vpc"
  }
}
