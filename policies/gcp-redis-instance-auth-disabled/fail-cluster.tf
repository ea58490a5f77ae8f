resource "google_redis_cluster" "default" { # expect: gcp-redis-instance-auth-disabled "Redis cluster `google_redis_cluster.default`"
  name        = "cache"
  region      = "us-central1"
  shard_count = 3
  psc_configs {
    network = "projects/acme/global/networks/vpc"
  }
}

resource "google_redis_cluster" "off" {
  name               = "sessions"
  region             = "us-central1"
  shard_count        = 3
  authorization_mode = "AUTH_MODE_DISABLED" # expect: gcp-redis-instance-auth-disabled
  psc_configs {
    network = "projects/acme/global/networks/vpc"
  }
}

resource "google_memorystore_instance" "valkey" {
  instance_id        = "valkey"
  location           = "us-central1"
  shard_count        = 1
  authorization_mode = "AUTH_DISABLED" # expect: gcp-redis-instance-auth-disabled "Memorystore instance"
}
