resource "google_redis_cluster" "tls" {
  name                    = "cache"
  region                  = "us-central1"
  shard_count             = 3
  transit_encryption_mode = "TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION"
  psc_configs {
    network = "projects/acme/global/networks/vpc"
  }
}

resource "google_memorystore_instance" "valkey" {
  instance_id             = "valkey"
  location                = "us-central1"
  shard_count             = 1
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}
