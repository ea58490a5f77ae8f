# No `remote access` flag: SQL Server's default, on, applies.
resource "google_sql_database_instance" "default" {
  name             = "crm"
  database_version = "SQLSERVER_2022_STANDARD"
  region           = "europe-west1"
  # expect: gcp-sql-sqlserver-remote-access-enabled "does not set the `remote access` flag"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "cross db ownership chaining"
      value = "off"
    }
  }
}

# Turned on explicitly.
resource "google_sql_database_instance" "on" {
  name             = "warehouse"
  database_version = "SQLSERVER_2019_ENTERPRISE"
  region           = "europe-west1"
  settings {
    tier = "db-custom-4-26624"
    database_flags {
      name  = "remote access"
      value = "on" # expect: gcp-sql-sqlserver-remote-access-enabled "sets `remote access` to `on`"
    }
  }
}

# On through a variable's default.
variable "remote_access" {
  type    = string
  default = "on"
}

resource "google_sql_database_instance" "from_default" {
  name             = "hr"
  database_version = "SQLSERVER_2017_STANDARD"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "remote access"
      value = var.remote_access # expect: gcp-sql-sqlserver-remote-access-enabled "`google_sql_database_instance.from_default`"
    }
  }
}
