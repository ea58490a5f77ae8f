variable "flag_value" {
  type = string
}

resource "google_sql_database_instance" "on" {
  name             = "db-on"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "local_infile"
      value = "on" # expect: gcp-sql-mysql-local-infile-enabled "`google_sql_database_instance.on`"
    }
  }
}

resource "google_sql_database_instance" "unknown" {
  name             = "db-var"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "other_flag"
      value = "1"
    }
    database_flags {
      name  = "local_infile"
      value = var.flag_value # expect: gcp-sql-mysql-local-infile-enabled unknown
    }
  }
}
