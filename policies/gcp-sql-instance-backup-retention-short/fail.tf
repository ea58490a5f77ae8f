variable "retained" {
  type    = number
  default = 2
}

resource "google_sql_database_instance" "three" {
  name             = "three"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
      backup_retention_settings {
        retained_backups = 3 # expect: gcp-sql-instance-backup-retention-short "keeps 3 automated backup(s)"
        retention_unit   = "COUNT"
      }
    }
  }
}

resource "google_sql_database_instance" "from_variable" {
  name             = "from-variable"
  database_version = "MYSQL_8_4"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled            = true
      binary_log_enabled = true
      backup_retention_settings {
        retained_backups = var.retained # expect: gcp-sql-instance-backup-retention-short "keeps 2 automated"
      }
    }
  }
}

resource "google_sql_database_instance" "enterprise_plus_one" {
  name             = "enterprise-plus-one"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier    = "db-perf-optimized-N-2"
    edition = "ENTERPRISE_PLUS"
    backup_configuration {
      enabled = true
      backup_retention_settings {
        retained_backups = 1 # expect: gcp-sql-instance-backup-retention-short
      }
    }
  }
}
