# `deletion_protection` defaults to `true`.
resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_16"
  region           = "europe-west1"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_spanner_database" "ledger" {
  instance            = "main"
  name                = "ledger"
  deletion_protection = true
}

resource "google_bigtable_instance" "events" {
  name = "events"
  cluster {
    cluster_id = "events-c1"
    zone       = "europe-west1-b"
  }
}

resource "google_bigtable_table" "events" {
  name                = "events"
  instance_name       = google_bigtable_instance.events.name
  deletion_protection = "PROTECTED"
}

resource "google_bigtable_table" "default" {
  name          = "default"
  instance_name = google_bigtable_instance.events.name
}

resource "google_bigquery_table" "sales" {
  dataset_id = "analytics"
  table_id   = "sales"
}

resource "google_redis_cluster" "sessions" {
  name        = "sessions"
  region      = "europe-west1"
  shard_count = 3
  psc_configs {
    network = "projects/acme-prod/global/networks/main"
  }
}
