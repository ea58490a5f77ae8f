resource "google_project" "app" { # expect: gcp-project-default-network-created "project `google_project.app`"
  name       = "app"
  project_id = "acme-app-prod"
  org_id     = "1234567"
}

resource "google_project" "explicit" {
  name                = "data"
  project_id          = "acme-data-prod"
  folder_id           = "folders/42"
  auto_create_network = true # expect: gcp-project-default-network-created
}

variable "create_network" {
  type = bool
}

resource "google_project" "unknown" {
  name                = "tools"
  project_id          = "acme-tools"
  org_id              = "1234567"
  auto_create_network = var.create_network # expect: gcp-project-default-network-created unknown
}
