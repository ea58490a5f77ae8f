# param: cloudsql_versions_past_regular_support = ["POSTGRES_13", "POSTGRES_14"]
resource "google_sql_database_instance" "postgres14" {
  name             = "postgres14"
  database_version = "POSTGRES_14" # expect: gcp-sql-instance-version-unsupported "runs `POSTGRES_14`"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "postgres15" {
  name             = "postgres15"
  database_version = "POSTGRES_15"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "mysql80" {
  name             = "mysql80"
  database_version = "MYSQL_8_0_31"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}
