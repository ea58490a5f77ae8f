# `remove_default_node_pool = true`: the provider deletes the node pool named
# `default-pool` right after it creates the cluster, so what the cluster's
# `node_config` and the `default-pool` block configure never runs nodes.
resource "google_container_cluster" "primary" {
  name                     = "primary"
  location                 = "europe-west1"
  remove_default_node_pool = true
  initial_node_count       = 1

  node_pool {
    name       = "default-pool"
    node_count = 1
    management {
      auto_repair  = false
      auto_upgrade = false
    }
  }

  node_pool {
    name       = "workers"
    node_count = 3
    management {
      auto_repair  = true
      auto_upgrade = true
    }
  }
}
