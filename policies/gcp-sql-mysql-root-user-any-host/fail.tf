resource "google_sql_database_instance" "main" {
  name             = "main"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-f1-micro"
  }
}

resource "google_sql_user" "root" { # expect: gcp-sql-mysql-root-user-any-host "MySQL user `root` of `google_sql_user.root`"
  name     = "root"
  instance = google_sql_database_instance.main.name
}

resource "google_sql_user" "root_empty" {
  name     = "root"
  instance = google_sql_database_instance.main.name
  host     = "%"
  password = "" # expect: gcp-sql-mysql-root-user-any-host
}

# The instance is not in the module: only `root` tells.
resource "google_sql_user" "root_elsewhere" { # expect: gcp-sql-mysql-root-user-any-host
  name     = "root"
  instance = "legacy-mysql"
  type     = "BUILT_IN"
}
