resource "google_spanner_instance" "main" {
  name         = "main"
  config       = "regional-europe-west1"
  display_name = "main"
  num_nodes    = 1
}

resource "google_spanner_database" "orders" { # expect: gcp-spanner-database-drop-protection-disabled "Spanner database `google_spanner_database.orders`"
  instance            = google_spanner_instance.main.name
  name                = "orders"
  deletion_protection = true
}

resource "google_spanner_database" "explicit" {
  instance               = google_spanner_instance.main.name
  name                   = "ledger"
  enable_drop_protection = false # expect: gcp-spanner-database-drop-protection-disabled
}
