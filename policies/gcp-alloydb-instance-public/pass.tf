resource "google_alloydb_cluster" "main" {
  cluster_id = "main"
  location   = "us-central1"
  network_config {
    network = "projects/acme/global/networks/vpc"
  }
}

# Private IP only (the default).
resource "google_alloydb_instance" "primary" {
  cluster       = google_alloydb_cluster.main.name
  instance_id   = "primary"
  instance_type = "PRIMARY"
}

# Public IP for known ranges only.
resource "google_alloydb_instance" "office" {
  cluster       = google_alloydb_cluster.main.name
  instance_id   = "office"
  instance_type = "READ_POOL"
  read_pool_config {
    node_count = 1
  }
  network_config {
    enable_public_ip = true
    authorized_external_networks {
      cidr_range = "203.0.113.0/24"
    }
  }
}

# An authorized network left over with the public IP turned off.
resource "google_alloydb_instance" "closed" {
  cluster       = google_alloydb_cluster.main.name
  instance_id   = "closed"
  instance_type = "READ_POOL"
  read_pool_config {
    node_count = 1
  }
  network_config {
    enable_public_ip = false
    authorized_external_networks {
      cidr_range = "0.0.0.0/0"
    }
  }
}
