variable "protect" {
  type    = bool
  default = false
}

variable "protect_unknown" {
  type = bool
}

resource "google_sql_database_instance" "orders" {
  name                = "orders"
  database_version    = "POSTGRES_16"
  region              = "europe-west1"
  deletion_protection = false # expect: gcp-database-deletion-protection-disabled "Cloud SQL instance `google_sql_database_instance.orders`"
  settings {
    tier = "db-custom-2-7680"
  }
}

resource "google_spanner_database" "ledger" {
  instance            = "main"
  name                = "ledger"
  deletion_protection = var.protect # expect: gcp-database-deletion-protection-disabled "Spanner database"
}

resource "google_bigtable_instance" "events" {
  name                = "events"
  deletion_protection = false # expect: gcp-database-deletion-protection-disabled "Bigtable instance"
  cluster {
    cluster_id = "events-c1"
    zone       = "europe-west1-b"
  }
}

resource "google_bigtable_table" "events" {
  name                = "events"
  instance_name       = google_bigtable_instance.events.name
  deletion_protection = "UNPROTECTED" # expect: gcp-database-deletion-protection-disabled "Bigtable table"
}

resource "google_bigquery_table" "sales" {
  dataset_id          = "analytics"
  table_id            = "sales"
  deletion_protection = false # expect: gcp-database-deletion-protection-disabled "BigQuery table"
}

resource "google_bigquery_table" "unknown" {
  dataset_id          = "analytics"
  table_id            = "unknown"
  deletion_protection = var.protect_unknown # expect: gcp-database-deletion-protection-disabled unknown
}

resource "google_redis_cluster" "cache" {
  name                        = "cache"
  region                      = "europe-west1"
  shard_count                 = 3
  deletion_protection_enabled = false # expect: gcp-database-deletion-protection-disabled "Redis cluster"
  psc_configs {
    network = "projects/acme-prod/global/networks/main"
  }
}
