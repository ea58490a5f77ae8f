resource "google_folder_organization_policy" "skip_default_network" {
  folder     = "folders/42"
  constraint = "compute.skipDefaultNetworkCreation"
  boolean_policy {
    enforced = true
  }
}

resource "google_project" "app" {
  name       = "app"
  project_id = "acme-app-prod"
  folder_id  = "42"
}
