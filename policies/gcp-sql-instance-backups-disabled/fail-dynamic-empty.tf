# A module that writes `backup_configuration` as a `dynamic` block whose
# `for_each` is empty by default: no block is made.
variable "backup_configuration" {
  type    = any
  default = null
}

resource "google_sql_database_instance" "default" {
  database_version = "POSTGRES_15"
  # expect: gcp-sql-instance-backups-disabled "no `backup_configuration`"
  settings {
    tier = "db-f1-micro"
    dynamic "backup_configuration" {
      for_each = var.backup_configuration != null ? [var.backup_configuration] : []
      content {
        enabled = backup_configuration.value.enabled
      }
    }
  }
}
