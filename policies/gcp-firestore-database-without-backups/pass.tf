resource "google_firestore_database" "pitr" {
  name                              = "pitr"
  location_id                       = "eur3"
  type                              = "FIRESTORE_NATIVE"
  point_in_time_recovery_enablement = "POINT_IN_TIME_RECOVERY_ENABLED"
}

resource "google_firestore_database" "nightly" {
  name        = "nightly"
  location_id = "eur3"
  type        = "FIRESTORE_NATIVE"
}

resource "google_firestore_backup_schedule" "nightly" {
  database  = google_firestore_database.nightly.name
  retention = "1209600s"
  daily_recurrence {}
}

resource "google_firestore_database" "weekly" {
  name        = "weekly"
  location_id = "eur3"
  type        = "DATASTORE_MODE"
}

resource "google_firestore_backup_schedule" "weekly" {
  database  = "weekly"
  retention = "2419200s"
  weekly_recurrence {
    day = "SUNDAY"
  }
}
