resource "google_sql_database_instance" "default" {
  database_version = "POSTGRES_15"
  settings { # expect: gcp-sql-instance-public-ip "no `ip_configuration`"
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "explicit" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled = true # expect: gcp-sql-instance-public-ip
      ssl_mode     = "ENCRYPTED_ONLY"
    }
  }
}

resource "google_sql_database_instance" "unset" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-f1-micro"
    ip_configuration { # expect: gcp-sql-instance-public-ip
      ssl_mode = "ENCRYPTED_ONLY"
    }
  }
}
