resource "google_firestore_database" "orders" { # expect: gcp-firestore-database-without-backups
  name        = "orders"
  location_id = "eur3"
  type        = "FIRESTORE_NATIVE"
}

resource "google_firestore_database" "sessions" {
  name                              = "sessions"
  location_id                       = "eur3"
  type                              = "DATASTORE_MODE"
  point_in_time_recovery_enablement = "POINT_IN_TIME_RECOVERY_DISABLED" # expect: gcp-firestore-database-without-backups
}

resource "google_firestore_backup_schedule" "other" {
  database  = "another-database"
  retention = "604800s"
  daily_recurrence {}
}
