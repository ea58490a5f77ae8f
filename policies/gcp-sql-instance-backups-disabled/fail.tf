resource "google_sql_database_instance" "none" {
  database_version = "POSTGRES_15"
  settings { # expect: gcp-sql-instance-backups-disabled "no `backup_configuration`"
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "off" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-f1-micro"
    backup_configuration {
      enabled = false # expect: gcp-sql-instance-backups-disabled
    }
  }
}

resource "google_sql_database_instance" "unset" {
  database_version = "SQLSERVER_2019_STANDARD"
  settings {
    tier = "db-custom-2-7680"
    backup_configuration { # expect: gcp-sql-instance-backups-disabled
      start_time = "03:00"
    }
  }
}
