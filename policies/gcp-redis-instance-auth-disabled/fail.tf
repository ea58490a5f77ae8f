variable "auth" {
  type = bool
}

resource "google_redis_instance" "default" { # expect: gcp-redis-instance-auth-disabled
  name           = "cache"
  memory_size_gb = 1
}

resource "google_redis_instance" "off" {
  name           = "sessions"
  memory_size_gb = 1
  auth_enabled   = false # expect: gcp-redis-instance-auth-disabled "`google_redis_instance.off`"
}

resource "google_redis_instance" "unknown" {
  name           = "queue"
  memory_size_gb = 1
  auth_enabled   = var.auth # expect: gcp-redis-instance-auth-disabled unknown
}
