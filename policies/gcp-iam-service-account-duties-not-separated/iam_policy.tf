# The whole policy of a project, from a `google_iam_policy` data source.
data "google_iam_policy" "analytics" {
  binding {
    role    = "roles/bigquery.dataViewer"
    members = ["user:erin@example.com"]
  }
  binding {
    role    = "roles/iam.serviceAccountAdmin" # expect: gcp-iam-service-account-duties-not-separated "user:erin@"
    members = ["user:erin@example.com"]
  }
  binding {
    role = "roles/iam.serviceAccountUser" # expect: gcp-iam-service-account-duties-not-separated "user:erin@"
    members = [
      "user:erin@example.com",
      "allAuthenticatedUsers",
    ]
  }
}

resource "google_project_iam_policy" "analytics" {
  project     = "shop-analytics"
  policy_data = data.google_iam_policy.analytics.policy_data
}

# A folder's policy written with jsonencode.
resource "google_folder_iam_policy" "payments" {
  folder = "folders/772305118842"
  policy_data = jsonencode({
    bindings = [
      { role = "roles/viewer", members = ["group:auditors@example.com"] },
      { role = "roles/iam.serviceAccountAdmin", members = ["user:frank@example.com", "allUsers"] },                     # expect: gcp-iam-service-account-duties-not-separated "user:frank@"
      { role = "roles/iam.serviceAccountUser", members = ["user:frank@example.com", "group:payments-dev@example.com"] }, # expect: gcp-iam-service-account-duties-not-separated "user:frank@"
    ]
  })
}
