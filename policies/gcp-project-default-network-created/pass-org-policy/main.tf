resource "google_org_policy_policy" "skip_default_network" {
  name   = "folders/42/policies/compute.skipDefaultNetworkCreation"
  parent = "folders/42"
  spec {
    rules {
      enforce = "TRUE"
    }
  }
}

resource "google_project" "app" {
  name       = "app"
  project_id = "acme-app-prod"
  folder_id  = "42"
}
