resource "google_spanner_instance" "main" {
  name         = "main"
  config       = "regional-europe-west1"
  display_name = "main"
  num_nodes    = 1
}

resource "google_spanner_database" "orders" {
  instance                 = google_spanner_instance.main.name
  name                     = "orders"
  version_retention_period = "3d"
  enable_drop_protection   = true
}
