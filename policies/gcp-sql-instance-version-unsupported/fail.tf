variable "postgres_version" {
  type    = string
  default = "POSTGRES_13"
}

variable "version_unknown" {
  type = string
}

resource "google_sql_database_instance" "mysql57" {
  name             = "mysql57"
  database_version = "MYSQL_5_7" # expect: gcp-sql-instance-version-unsupported "runs `MYSQL_5_7`"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "mysql80_minor" {
  name             = "mysql80-minor"
  database_version = "MYSQL_8_0_31" # expect: gcp-sql-instance-version-unsupported
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "postgres" {
  name             = "postgres"
  database_version = var.postgres_version # expect: gcp-sql-instance-version-unsupported "POSTGRES_13"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "postgres96" {
  name             = "postgres96"
  database_version = "POSTGRES_9_6" # expect: gcp-sql-instance-version-unsupported
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_sql_database_instance" "unknown" {
  name             = "unknown"
  database_version = var.version_unknown # expect: gcp-sql-instance-version-unsupported unknown
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}
