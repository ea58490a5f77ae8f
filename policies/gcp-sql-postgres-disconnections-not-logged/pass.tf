resource "google_sql_database_instance" "orders" {
  name             = "orders-pg"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "log_disconnections"
      value = "on"
    }
  }
}

# Other engines have no such flag.
resource "google_sql_database_instance" "inventory" {
  name             = "inventory-mysql"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-n1-standard-1"
  }
}
