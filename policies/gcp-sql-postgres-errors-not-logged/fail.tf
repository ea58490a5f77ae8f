resource "google_sql_database_instance" "quiet" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    database_flags {
      name  = "log_min_messages"
      value = "PANIC" # expect: gcp-sql-postgres-errors-not-logged "log_min_messages"
    }
    database_flags {
      name  = "log_min_error_statement"
      value = "fatal" # expect: gcp-sql-postgres-errors-not-logged "log_min_error_statement"
    }
  }
}
