variable "channel" {
  type = string
}

resource "google_container_cluster" "static" {
  name               = "static"
  location           = "europe-west1"
  initial_node_count = 1
  min_master_version = "1.33"
  release_channel {
    channel = "UNSPECIFIED" # expect: gcp-gke-without-release-channel
  }
}

resource "google_container_cluster" "unknown" {
  name               = "unknown"
  location           = "europe-west1"
  initial_node_count = 1
  release_channel {
    channel = var.channel # expect: gcp-gke-without-release-channel unknown
  }
}
