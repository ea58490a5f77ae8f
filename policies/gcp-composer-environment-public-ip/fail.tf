resource "google_composer_environment" "bare" { # expect: gcp-composer-environment-public-ip
  name   = "bare"
  region = "europe-west1"
}

resource "google_composer_environment" "etl" {
  name   = "etl"
  region = "europe-west1"
  config { # expect: gcp-composer-environment-public-ip
    software_config {
      image_version = "composer-2.9.7-airflow-2.9.3"
    }
  }
}

resource "google_composer_environment" "v3" {
  name   = "v3"
  region = "europe-west1"
  config { # expect: gcp-composer-environment-public-ip
    enable_private_environment = false
    software_config {
      image_version = "composer-3-airflow-2.10.2"
    }
  }
}
