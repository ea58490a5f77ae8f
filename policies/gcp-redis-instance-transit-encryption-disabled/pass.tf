variable "mode" {
  type    = string
  default = "SERVER_AUTHENTICATION"
}

resource "google_redis_instance" "cache" {
  name                    = "cache"
  tier                    = "STANDARD_HA"
  memory_size_gb          = 1
  auth_enabled            = true
  transit_encryption_mode = "SERVER_AUTHENTICATION"
}

resource "google_redis_instance" "from_var" {
  name                    = "sessions"
  memory_size_gb          = 1
  transit_encryption_mode = var.mode
}
