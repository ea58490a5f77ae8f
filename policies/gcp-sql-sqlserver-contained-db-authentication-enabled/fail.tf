variable "flag_value" {
  type = string
}

resource "google_sql_database_instance" "on" {
  name             = "db-on"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "contained database authentication"
      value = "on" # expect: gcp-sql-sqlserver-contained-db-authentication-enabled "`google_sql_database_instance.on`"
    }
  }
}

resource "google_sql_database_instance" "unknown" {
  name             = "db-var"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "other_flag"
      value = "1"
    }
    database_flags {
      name  = "contained database authentication"
      value = var.flag_value # expect: gcp-sql-sqlserver-contained-db-authentication-enabled unknown
    }
  }
}
