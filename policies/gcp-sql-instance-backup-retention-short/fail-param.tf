# param: backup_retention_min_days = 14

# An Enterprise edition instance keeps 7 backups by default, fewer than 14.
resource "google_sql_database_instance" "enterprise_default" {
  name             = "enterprise-default"
  database_version = "MYSQL_8_4"
  region           = "europe-west1"
  settings {
    tier    = "db-custom-2-7680"
    edition = "ENTERPRISE"
    backup_configuration {
      enabled            = true # expect: gcp-sql-instance-backup-retention-short "keeps the default 7 automated backups, fewer than 14"
      binary_log_enabled = true
    }
  }
}

resource "google_sql_database_instance" "ten" {
  name             = "ten"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled = true
      backup_retention_settings {
        retained_backups = 10 # expect: gcp-sql-instance-backup-retention-short "fewer than 14"
      }
    }
  }
}

# Enterprise Plus (the default edition of PostgreSQL 16 and later) keeps 15.
resource "google_sql_database_instance" "enterprise_plus_default" {
  name             = "enterprise-plus-default"
  database_version = "POSTGRES_17"
  region           = "europe-west1"
  settings {
    tier = "db-perf-optimized-N-2"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }
}

resource "google_sql_database_instance" "thirty" {
  name             = "thirty"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled = true
      backup_retention_settings {
        retained_backups = 30
      }
    }
  }
}
