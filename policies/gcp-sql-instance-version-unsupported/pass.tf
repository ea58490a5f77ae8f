resource "google_sql_database_instance" "mysql84" {
  name             = "mysql84"
  database_version = "MYSQL_8_4"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "postgres14" {
  name             = "postgres14"
  database_version = "POSTGRES_14"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "postgres17" {
  name             = "postgres17"
  database_version = "POSTGRES_17"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "sqlserver" {
  name             = "sqlserver"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "europe-west1"
  root_password    = var.root_password
  settings {
    tier = "db-custom-2-7680"
  }
}

variable "root_password" {
  type      = string
  sensitive = true
}
