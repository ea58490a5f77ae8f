resource "google_sql_database_instance" "postgres" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }
}

resource "google_sql_database_instance" "mysql" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled            = true
      binary_log_enabled = true
    }
  }
}

# Enterprise Plus turns point-in-time recovery on by default.
resource "google_sql_database_instance" "postgres_17" {
  database_version = "POSTGRES_17"
  settings {
    tier = "db-perf-optimized-N-2"
    backup_configuration {
      enabled = true
    }
  }
}

resource "google_sql_database_instance" "mysql_plus" {
  database_version = "MYSQL_8_0"
  settings {
    tier    = "db-perf-optimized-N-2"
    edition = "ENTERPRISE_PLUS"
    backup_configuration {
      enabled = true
    }
  }
}

# No backups: left to gcp-sql-instance-backups-disabled.
resource "google_sql_database_instance" "no_backups" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
  }
}
