# A module that writes `ip_configuration` as a `dynamic` block whose
# `for_each` is empty by default: no block is made.
variable "ip_configuration" {
  type    = any
  default = null
}

resource "google_sql_database_instance" "default" {
  database_version = "POSTGRES_15"
  # expect: gcp-sql-instance-public-ip "no `ip_configuration`"
  settings {
    tier = "db-f1-micro"
    dynamic "ip_configuration" {
      for_each = var.ip_configuration != null ? [var.ip_configuration] : []
      content {
        ipv4_enabled = ip_configuration.value.ipv4_enabled
        ssl_mode     = ip_configuration.value.ssl_mode
      }
    }
  }
}
