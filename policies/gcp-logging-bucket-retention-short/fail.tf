variable "log_days" {
  type    = number
  default = 90
}

resource "google_logging_project_bucket_config" "default_bucket" { # expect: gcp-logging-bucket-retention-short "no `retention_days`"
  project   = "acme-prod"
  location  = "global"
  bucket_id = "_Default"
}

resource "google_logging_project_bucket_config" "month" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "app-logs"
  retention_days = 30 # expect: gcp-logging-bucket-retention-short "keeps logs for 30 days, less than 365"
}

resource "google_logging_folder_bucket_config" "from_variable" {
  folder         = "folders/123456789"
  location       = "global"
  bucket_id      = "_Default"
  retention_days = var.log_days # expect: gcp-logging-bucket-retention-short "90 days"
}

resource "google_logging_organization_bucket_config" "one_day" {
  organization   = "123456789"
  location       = "global"
  bucket_id      = "_Default"
  retention_days = 1 # expect: gcp-logging-bucket-retention-short "keeps logs for 1 day,"
}

resource "google_logging_billing_account_bucket_config" "billing" {
  billing_account = "000000-AAAAAA-BBBBBB"
  location        = "global"
  bucket_id       = "_Default"
  retention_days  = "180" # expect: gcp-logging-bucket-retention-short
}

resource "google_logging_project_bucket_config" "zero" {
  project        = "acme-prod"
  location       = "global"
  bucket_id      = "zero"
  retention_days = 0 # expect: gcp-logging-bucket-retention-short "keeps logs for 30 days"
}
