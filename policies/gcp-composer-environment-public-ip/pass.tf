resource "google_composer_environment" "v2_private" {
  name   = "v2-private"
  region = "europe-west1"
  config {
    software_config {
      image_version = "composer-2.9.7-airflow-2.9.3"
    }
    private_environment_config {
      enable_private_endpoint = true
    }
  }
}

resource "google_composer_environment" "v3_private" {
  name   = "v3-private"
  region = "europe-west1"
  config {
    enable_private_environment = true
    software_config {
      image_version = "composer-3-airflow-2.10.2"
    }
  }
}
