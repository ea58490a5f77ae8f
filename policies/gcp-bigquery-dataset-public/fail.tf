variable "reader" {
  type = string
}

resource "google_bigquery_dataset" "analytics" {
  dataset_id = "analytics"
  access {
    role          = "OWNER"
    special_group = "projectOwners"
  }
  access {
    role          = "READER"
    special_group = "allAuthenticatedUsers" # expect: gcp-bigquery-dataset-public
  }
  access {
    role       = "READER"
    iam_member = "allUsers" # expect: gcp-bigquery-dataset-public "`allUsers`"
  }
  access {
    role       = "READER"
    iam_member = var.reader # expect: gcp-bigquery-dataset-public unknown
  }
}

resource "google_bigquery_dataset_access" "public" {
  dataset_id    = "analytics"
  role          = "READER"
  special_group = "allAuthenticatedUsers" # expect: gcp-bigquery-dataset-public "google_bigquery_dataset_access.public"
}

resource "google_bigquery_dataset_access" "anyone" {
  dataset_id = "analytics"
  role       = "READER"
  iam_member = "allUsers" # expect: gcp-bigquery-dataset-public "google_bigquery_dataset_access.anyone"
}

resource "google_bigquery_dataset_iam_member" "viewer" {
  dataset_id = "analytics"
  role       = "roles/bigquery.dataViewer"
  member     = "allUsers" # expect: gcp-bigquery-dataset-public
}

resource "google_bigquery_table_iam_binding" "viewers" {
  dataset_id = "analytics"
  table_id   = "events"
  role       = "roles/bigquery.dataViewer"
  members = [
    "group:analysts@example.com",
    "allAuthenticatedUsers", # expect: gcp-bigquery-dataset-public
  ]
}

# Whole IAM policies, written with jsonencode().
resource "google_bigquery_dataset_iam_policy" "json" {
  dataset_id = "marketing"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/bigquery.dataViewer"
        members = ["allUsers"] # expect: gcp-bigquery-dataset-public "`google_bigquery_dataset_iam_policy.json` grants `roles/bigquery.dataViewer` to `allUsers`"
      },
    ]
  })
}

resource "google_bigquery_table_iam_policy" "json" {
  dataset_id = "marketing"
  table_id   = "campaigns"
  policy_data = jsonencode({
    bindings = [
      {
        role    = "roles/bigquery.dataViewer"
        members = ["allAuthenticatedUsers"] # expect: gcp-bigquery-dataset-public "`google_bigquery_table_iam_policy.json`"
      },
    ]
  })
}

# A whole IAM policy taken from a google_iam_policy data source.
data "google_iam_policy" "sales" {
  binding {
    role = "roles/bigquery.dataViewer"
    members = [
      "allUsers", # expect: gcp-bigquery-dataset-public "IAM policy `data.google_iam_policy.sales` of a BigQuery dataset or table"
    ]
  }
}

resource "google_bigquery_dataset_iam_policy" "from_data" {
  dataset_id  = "sales"
  policy_data = data.google_iam_policy.sales.policy_data
}
