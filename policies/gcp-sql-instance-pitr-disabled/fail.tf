resource "google_sql_database_instance" "postgres" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration { # expect: gcp-sql-instance-pitr-disabled "point_in_time_recovery_enabled"
      enabled = true
    }
  }
}

resource "google_sql_database_instance" "mysql" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled            = true
      binary_log_enabled = false # expect: gcp-sql-instance-pitr-disabled "binary_log_enabled"
    }
  }
}

resource "google_sql_database_instance" "plus_turned_off" {
  database_version = "POSTGRES_16"
  settings {
    tier    = "db-perf-optimized-N-2"
    edition = "ENTERPRISE_PLUS"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = false # expect: gcp-sql-instance-pitr-disabled
    }
  }
}

resource "google_sql_database_instance" "enterprise_16" {
  database_version = "POSTGRES_16"
  settings {
    tier    = "db-custom-2-7680"
    edition = "ENTERPRISE"
    backup_configuration { # expect: gcp-sql-instance-pitr-disabled
      enabled = true
    }
  }
}
