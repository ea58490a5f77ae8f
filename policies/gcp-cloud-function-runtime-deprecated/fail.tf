variable "runtime" {
  type    = string
  default = "python38"
}

resource "google_cloudfunctions_function" "node20" {
  name                  = "node20"
  runtime               = "nodejs20" # expect: gcp-cloud-function-runtime-deprecated "deprecated runtime `nodejs20`"
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "node20.zip"
  trigger_http          = true
}

resource "google_cloudfunctions_function" "from_variable" {
  name                  = "from-variable"
  runtime               = var.runtime # expect: gcp-cloud-function-runtime-deprecated "`python38`"
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "py.zip"
  trigger_http          = true
}

resource "google_cloudfunctions_function" "node8" {
  name                  = "node8"
  runtime               = "nodejs8" # expect: gcp-cloud-function-runtime-deprecated
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "node8.zip"
  trigger_http          = true
}

resource "google_cloudfunctions2_function" "go" {
  name     = "go"
  location = "europe-west1"
  build_config {
    runtime     = "go119" # expect: gcp-cloud-function-runtime-deprecated "`go119`"
    entry_point = "Handle"
  }
}

resource "google_cloudfunctions2_function" "dotnet" {
  name     = "dotnet"
  location = "europe-west1"
  build_config {
    runtime     = "dotnet6" # expect: gcp-cloud-function-runtime-deprecated
    entry_point = "Handler"
  }
}

resource "google_cloudfunctions2_function" "python39" {
  name     = "python39"
  location = "europe-west1"
  build_config {
    runtime     = "python39" # expect: gcp-cloud-function-runtime-deprecated
    entry_point = "handler"
  }
}

resource "google_cloudfunctions2_function" "ruby" {
  name     = "ruby"
  location = "europe-west1"
  build_config {
    runtime     = "ruby27" # expect: gcp-cloud-function-runtime-deprecated
    entry_point = "handler"
  }
}

resource "google_cloudfunctions_function" "php" {
  name                  = "php"
  runtime               = "php74" # expect: gcp-cloud-function-runtime-deprecated
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "php.zip"
  trigger_http          = true
}
