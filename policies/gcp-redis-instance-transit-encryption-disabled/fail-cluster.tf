resource "google_redis_cluster" "default" { # expect: gcp-redis-instance-transit-encryption-disabled "Redis cluster `google_redis_cluster.default`"
  name        = "cache"
  region      = "us-central1"
  shard_count = 3
  psc_configs {
    network = "projects/acme/global/networks/vpc"
  }
}

resource "google_redis_cluster" "off" {
  name                    = "sessions"
  region                  = "us-central1"
  shard_count             = 3
  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_DISABLED" # expect: gcp-redis-instance-transit-encryption-disabled
  psc_configs {
    network = "projects/acme/global/networks/vpc"
  }
}

resource "google_memorystore_instance" "valkey" {
  instance_id             = "valkey"
  location                = "us-central1"
  shard_count             = 1
  transit_encryption_mode = "TRANSIT_ENCRYPTION_DISABLED" # expect: gcp-redis-instance-transit-encryption-disabled "Memorystore instance"
}
