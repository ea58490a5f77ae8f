resource "google_sql_database_instance" "main" {
  name             = "main"
  database_version = "MYSQL_8_0"
  region           = "europe-west1"
  settings {
    tier = "db-f1-micro"
  }
}

resource "random_password" "root" {
  length = 32
}

resource "google_sql_user" "root" {
  name     = "root"
  instance = google_sql_database_instance.main.name
  host     = "%"
  password = random_password.root.result
}

resource "google_sql_user" "root_local" {
  name     = "root"
  instance = google_sql_database_instance.main.name
  host     = "cloudsqlproxy~%"
}

resource "google_sql_user" "root_wo" {
  name                = "root"
  instance            = google_sql_database_instance.main.name
  password_wo         = "ephemeral-value"
  password_wo_version = 1
}

resource "google_sql_user" "app" {
  name     = "app"
  instance = google_sql_database_instance.main.name
  type     = "CLOUD_IAM_SERVICE_ACCOUNT"
}

resource "google_sql_database_instance" "pg" {
  name             = "pg"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-f1-micro"
  }
}

resource "google_sql_user" "pg_root" {
  name     = "root"
  instance = google_sql_database_instance.pg.name
  type     = "CLOUD_IAM_USER"
}

resource "google_sql_user" "pg_root_builtin" {
  name     = "root"
  instance = google_sql_database_instance.pg.name
}
