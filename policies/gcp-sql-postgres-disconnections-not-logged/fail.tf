# Connections logged, disconnections not: Cloud SQL leaves the flag off.
# expect: gcp-sql-postgres-disconnections-not-logged "log_disconnections"
resource "google_sql_database_instance" "orders" {
  name             = "orders-pg"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_connections"
      value = "on"
    }
  }
}

variable "disconnection_logging" {
  default = "off"
}

# Turned off through a variable with a default.
resource "google_sql_database_instance" "billing" {
  name             = "billing-pg"
  database_version = "POSTGRES_14"
  region           = "europe-west1"
  settings {
    tier = "db-custom-1-3840"
    database_flags {
      name  = "log_disconnections"
      value = var.disconnection_logging # expect: gcp-sql-postgres-disconnections-not-logged
    }
  }
}
