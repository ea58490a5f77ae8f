variable "world" {
  default = "0.0.0.0/0"
}

resource "google_sql_database_instance" "main" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-f1-micro"
    ip_configuration {
      ipv4_enabled = true
      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }
      authorized_networks {
        name  = "anyone"
        value = var.world # expect: gcp-sql-instance-public
      }
      authorized_networks {
        name  = "anyone-v6"
        value = "::/0" # expect: gcp-sql-instance-public
      }
    }
  }
}
