variable "external_scripts" {
  type = string
}

variable "sqlserver_flags" {
  type = map(string)
}

resource "google_sql_database_instance" "from_variable" {
  name             = "scoring"
  database_version = "SQLSERVER_2019_ENTERPRISE"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "external scripts enabled"
      value = var.external_scripts # expect: gcp-sql-sqlserver-external-scripts-enabled unknown
    }
  }
}

# The flags come from a map: any of them may be `external scripts enabled`.
resource "google_sql_database_instance" "dynamic_flags" {
  name             = "ledger"
  database_version = "SQLSERVER_2022_STANDARD"
  region           = "europe-west4"
  settings {
    tier = "db-custom-2-7680"
    dynamic "database_flags" {
      for_each = var.sqlserver_flags
      content {
        name  = database_flags.key
        value = database_flags.value # expect: gcp-sql-sqlserver-external-scripts-enabled unknown
      }
    }
  }
}
