variable "channel" {
  default = "STABLE"
}

resource "google_container_cluster" "default" {
  name               = "default"
  location           = "europe-west1"
  initial_node_count = 1
}

resource "google_container_cluster" "stable" {
  name               = "stable"
  location           = "europe-west1"
  initial_node_count = 1
  release_channel {
    channel = var.channel
  }
}
