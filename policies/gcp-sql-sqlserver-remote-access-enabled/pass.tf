resource "google_sql_database_instance" "off" {
  name             = "orders"
  database_version = "SQLSERVER_2022_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "external scripts enabled"
      value = "off"
    }
    database_flags {
      name  = "remote access"
      value = "off"
    }
  }
}

variable "remote_access_off" {
  type    = string
  default = "off"
}

resource "google_sql_database_instance" "from_default" {
  name             = "payroll"
  database_version = "SQLSERVER_2019_WEB"
  region           = "europe-west1"
  settings {
    tier = "db-custom-1-3840"
    database_flags {
      name  = "remote access"
      value = var.remote_access_off
    }
  }
}

# Not SQL Server: MySQL has no such option.
resource "google_sql_database_instance" "mysql" {
  name             = "sessions"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-custom-1-3840"
  }
}
