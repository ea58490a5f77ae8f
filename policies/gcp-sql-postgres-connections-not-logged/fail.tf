resource "google_sql_database_instance" "none" {
  database_version = "POSTGRES_15"
  # expect: gcp-sql-postgres-connections-not-logged "log_connections"
  settings {
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "off" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    database_flags {
      name  = "log_connections"
      value = "off" # expect: gcp-sql-postgres-connections-not-logged "log_connections"
    }
    database_flags {
      name  = "log_disconnections"
      value = "on"
    }
  }
}

resource "google_sql_database_instance" "no_checkpoints" {
  database_version = "POSTGRES_14"
  settings {
    tier = "db-f1-micro"
    database_flags {
      name  = "log_connections"
      value = "on"
    }
    database_flags {
      name  = "log_disconnections"
      value = "on"
    }
    database_flags {
      name  = "log_checkpoints"
      value = "off" # expect: gcp-sql-postgres-connections-not-logged "checkpoint logs off"
    }
  }
}
