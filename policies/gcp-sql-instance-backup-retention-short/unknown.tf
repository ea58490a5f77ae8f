variable "retained_unknown" {
  type = number
}

resource "google_sql_database_instance" "unknown" {
  name             = "unknown"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled = true
      backup_retention_settings {
        retained_backups = var.retained_unknown # expect: gcp-sql-instance-backup-retention-short unknown
      }
    }
  }
}
