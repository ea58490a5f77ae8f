variable "mode" {
  type = string
}

resource "google_redis_instance" "default" { # expect: gcp-redis-instance-transit-encryption-disabled
  name           = "cache"
  memory_size_gb = 1
  auth_enabled   = true
}

resource "google_redis_instance" "off" {
  name                    = "sessions"
  memory_size_gb          = 1
  transit_encryption_mode = "DISABLED" # expect: gcp-redis-instance-transit-encryption-disabled "`google_redis_instance.off`"
}

resource "google_redis_instance" "unknown" {
  name                    = "queue"
  memory_size_gb          = 1
  transit_encryption_mode = var.mode # expect: gcp-redis-instance-transit-encryption-disabled unknown
}
