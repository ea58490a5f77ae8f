resource "google_sql_database_instance" "off" {
  name             = "orders"
  database_version = "SQLSERVER_2022_STANDARD"
  region           = "us-east1"
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

# The option is off by default.
resource "google_sql_database_instance" "default" {
  name             = "inventory"
  database_version = "SQLSERVER_2019_WEB"
  region           = "us-east1"
  settings {
    tier = "db-custom-1-3840"
  }
}

variable "scripts_off" {
  type    = string
  default = "off"
}

resource "google_sql_database_instance" "from_default" {
  name             = "billing"
  database_version = "SQLSERVER_2017_STANDARD"
  region           = "us-east1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "external scripts enabled"
      value = var.scripts_off
    }
  }
}

# Not SQL Server.
resource "google_sql_database_instance" "postgres" {
  name             = "catalog"
  database_version = "POSTGRES_16"
  region           = "us-east1"
  settings {
    tier = "db-custom-1-3840"
    database_flags {
      name  = "log_connections"
      value = "on"
    }
  }
}
