# A reporting instance that lets analysts run R and Python in the database.
resource "google_sql_database_instance" "reporting" {
  name             = "reporting"
  database_version = "SQLSERVER_2022_ENTERPRISE"
  region           = "us-east1"
  settings {
    tier = "db-custom-4-26624"
    database_flags {
      name  = "contained database authentication"
      value = "off"
    }
    database_flags {
      name  = "external scripts enabled"
      value = "on" # expect: gcp-sql-sqlserver-external-scripts-enabled "`google_sql_database_instance.reporting`"
    }
  }
}

# The value comes from a variable whose default turns it on.
variable "ml_scripts" {
  type    = string
  default = "on"
}

resource "google_sql_database_instance" "forecasting" {
  name             = "forecasting"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "us-east1"
  settings {
    tier = "db-custom-2-7680"
    database_flags {
      name  = "external scripts enabled"
      value = var.ml_scripts # expect: gcp-sql-sqlserver-external-scripts-enabled "turns `external scripts enabled` on"
    }
  }
}
