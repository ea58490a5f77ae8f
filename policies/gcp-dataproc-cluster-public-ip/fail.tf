resource "google_dataproc_cluster" "minimal" { # expect: gcp-dataproc-cluster-public-ip "Dataproc cluster `google_dataproc_cluster.minimal`"
  name   = "minimal"
  region = "europe-west1"
}

resource "google_dataproc_cluster" "network" {
  name   = "analytics"
  region = "europe-west1"
  cluster_config {
    gce_cluster_config { # expect: gcp-dataproc-cluster-public-ip
      subnetwork = "projects/acme-net/regions/europe-west1/subnetworks/data"
      tags       = ["dataproc"]
    }
    software_config {
      image_version = "2.2-debian12"
    }
  }
}

resource "google_dataproc_cluster" "explicit" {
  name   = "legacy"
  region = "europe-west1"
  cluster_config {
    gce_cluster_config {
      internal_ip_only = false # expect: gcp-dataproc-cluster-public-ip
    }
  }
}
