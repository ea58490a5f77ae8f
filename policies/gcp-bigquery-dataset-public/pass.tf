resource "google_bigquery_dataset" "analytics" {
  dataset_id = "analytics"
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
  access {
    role           = "READER"
    group_by_email = "analysts@example.com"
  }
  access {
    role   = "READER"
    domain = "example.com"
  }
}

resource "google_bigquery_dataset_access" "service" {
  dataset_id    = "analytics"
  role          = "READER"
  user_by_email = "etl@acme-prod.iam.gserviceaccount.com"
}

resource "google_bigquery_dataset_iam_member" "viewer" {
  dataset_id = "analytics"
  role       = "roles/bigquery.dataViewer"
  member     = "group:analysts@example.com"
}

resource "google_bigquery_table_iam_binding" "viewers" {
  dataset_id = "analytics"
  table_id   = "events"
  role       = "roles/bigquery.dataViewer"
  members    = ["serviceAccount:dash@acme-prod.iam.gserviceaccount.com"]
}

# A public Analytics Hub listing is meant to be public; it is not a dataset grant.
resource "google_bigquery_analytics_hub_listing_iam_member" "subscribers" {
  data_exchange_id = "exchange"
  listing_id       = "listing"
  role             = "roles/analyticshub.viewer"
  member           = "allAuthenticatedUsers"
}

resource "google_bigquery_dataset_iam_policy" "json" {
  dataset_id = "finance"
  policy_data = jsonencode({
    bindings = [{ role = "roles/bigquery.dataViewer", members = ["group:finance@acme.example"] }]
  })
}

data "google_iam_policy" "finance" {
  binding {
    role    = "roles/bigquery.dataEditor"
    members = ["serviceAccount:etl@acme.iam.gserviceaccount.com"]
  }
}

resource "google_bigquery_table_iam_policy" "from_data" {
  dataset_id  = "finance"
  table_id    = "ledger"
  policy_data = data.google_iam_policy.finance.policy_data
}
