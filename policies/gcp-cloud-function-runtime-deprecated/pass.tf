resource "google_cloudfunctions_function" "node22" {
  name                  = "node22"
  runtime               = "nodejs22"
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "node22.zip"
  trigger_http          = true
}

resource "google_cloudfunctions_function" "python312" {
  name                  = "python312"
  runtime               = "python312"
  entry_point           = "handler"
  source_archive_bucket = "acme-functions"
  source_archive_object = "py.zip"
  trigger_http          = true
}

resource "google_cloudfunctions2_function" "python310" {
  name     = "python310"
  location = "europe-west1"
  build_config {
    runtime     = "python310"
    entry_point = "handler"
  }
}

resource "google_cloudfunctions2_function" "go" {
  name     = "go"
  location = "europe-west1"
  build_config {
    runtime     = "go124"
    entry_point = "Handle"
  }
}

resource "google_cloudfunctions2_function" "java" {
  name     = "java"
  location = "europe-west1"
  build_config {
    runtime     = "java21"
    entry_point = "com.acme.Handler"
  }
}

resource "google_cloudfunctions2_function" "dotnet" {
  name     = "dotnet"
  location = "europe-west1"
  build_config {
    runtime     = "dotnet8"
    entry_point = "Handler"
  }
}

resource "google_cloudfunctions2_function" "php" {
  name     = "php"
  location = "europe-west1"
  build_config {
    runtime     = "php83"
    entry_point = "handler"
  }
}

resource "google_cloudfunctions2_function" "ruby" {
  name     = "ruby"
  location = "europe-west1"
  build_config {
    runtime     = "ruby33"
    entry_point = "handler"
  }
}

resource "google_cloudfunctions2_function" "no_build_config" {
  name     = "no-build-config"
  location = "europe-west1"
}
