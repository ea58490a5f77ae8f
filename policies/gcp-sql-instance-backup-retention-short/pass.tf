# No retention settings: Cloud SQL keeps 7 backups (Enterprise).
resource "google_sql_database_instance" "default_retention" {
  name             = "default-retention"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }
}

resource "google_sql_database_instance" "seven" {
  name             = "seven"
  database_version = "MYSQL_8_4"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled            = true
      binary_log_enabled = true
      backup_retention_settings {
        retained_backups = 7
        retention_unit   = "COUNT"
      }
    }
  }
}

resource "google_sql_database_instance" "month" {
  name             = "month"
  database_version = "SQLSERVER_2022_STANDARD"
  region           = "europe-west1"
  root_password    = "placeholder-not-a-secret"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled = true
      backup_retention_settings {
        retained_backups = "30"
      }
    }
  }
}

# A retention block without a count keeps the default.
resource "google_sql_database_instance" "unit_only" {
  name             = "unit-only"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled = true
      backup_retention_settings {
        retention_unit = "COUNT"
      }
    }
  }
}

# Backups off: left to gcp-sql-instance-backups-disabled.
resource "google_sql_database_instance" "backups_off" {
  name             = "backups-off"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled = false
      backup_retention_settings {
        retained_backups = 1
      }
    }
  }
}

# A read replica is not backed up.
resource "google_sql_database_instance" "replica" {
  name                 = "replica"
  database_version     = "POSTGRES_15"
  region               = "europe-west1"
  master_instance_name = google_sql_database_instance.default_retention.name
  settings {
    tier = "db-custom-2-7680"
    backup_configuration {
      enabled = true
      backup_retention_settings {
        retained_backups = 1
      }
    }
  }
}
