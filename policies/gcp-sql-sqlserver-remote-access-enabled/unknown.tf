variable "remote_access" {
  type = string
}

variable "sqlserver_flags" {
  type = map(string)
}

resource "google_sql_database_instance" "from_variable" {
  name             = "claims"
  database_version = "SQLSERVER_2022_ENTERPRISE"
  region           = "asia-northeast1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "remote access"
      value = var.remote_access # expect: gcp-sql-sqlserver-remote-access-enabled unknown
    }
  }
}

# The flags come from a map: `remote access` may be among them.
resource "google_sql_database_instance" "dynamic_flags" {
  name             = "policies"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "asia-northeast1"
  settings {
    tier = "db-custom-2-7680"
    dynamic "database_flags" {
      for_each = var.sqlserver_flags
      content {
        name  = database_flags.key # expect: gcp-sql-sqlserver-remote-access-enabled unknown
        value = database_flags.value
      }
    }
  }
}
