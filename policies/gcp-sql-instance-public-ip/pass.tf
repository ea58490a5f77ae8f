variable "public_ip" {
  default = false
}

resource "google_sql_database_instance" "private" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = false
      private_network = google_compute_network.private.id
    }
  }
}

resource "google_sql_database_instance" "from_variable" {
  database_version = "POSTGRES_15"
  settings {
    tier = "db-custom-2-7680"
    ip_configuration {
      ipv4_enabled    = var.public_ip
      private_network = google_compute_network.private.id
    }
  }
}
