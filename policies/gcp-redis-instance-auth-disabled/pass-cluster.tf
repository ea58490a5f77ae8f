resource "google_redis_cluster" "iam" {
  name               = "cache"
  region             = "us-central1"
  shard_count        = 3
  authorization_mode = "AUTH_MODE_IAM_AUTH"
  psc_configs {
    network = "projects/acme/global/networks/vpc"
  }
}

resource "google_memorystore_instance" "valkey" {
  instance_id        = "valkey"
  location           = "us-central1"
  shard_count        = 1
  authorization_mode = "IAM_AUTH"
}
