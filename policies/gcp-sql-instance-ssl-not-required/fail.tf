resource "google_sql_database_instance" "default" {
  database_version = "POSTGRES_15"
  settings { # expect: gcp-sql-instance-ssl-not-required
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "allow" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ssl_mode = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" # expect: gcp-sql-instance-ssl-not-required
    }
  }
}

resource "google_sql_database_instance" "legacy" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      require_ssl = false # expect: gcp-sql-instance-ssl-not-required
    }
  }
}

resource "google_sql_database_instance" "unset" {
  database_version = "MYSQL_8_0"
  settings {
    tier = "db-f1-micro"
    ip_configuration { # expect: gcp-sql-instance-ssl-not-required
      ipv4_enabled = true
    }
  }
}
