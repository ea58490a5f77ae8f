resource "google_data_fusion_instance" "explicit" {
  name                       = "etl"
  region                     = "europe-west1"
  type                       = "BASIC"
  private_instance           = true
  enable_stackdriver_logging = false # expect: gcp-data-fusion-instance-logging-disabled "Data Fusion instance `google_data_fusion_instance.explicit`"
}

variable "logging" {
  type = bool
}

resource "google_data_fusion_instance" "unknown" {
  name                       = "etl-2"
  region                     = "europe-west1"
  type                       = "BASIC"
  private_instance           = true
  enable_stackdriver_logging = var.logging # expect: gcp-data-fusion-instance-logging-disabled unknown
}

resource "google_data_fusion_instance" "default" { # expect: gcp-data-fusion-instance-logging-disabled
  name             = "etl-3"
  region           = "europe-west1"
  type             = "DEVELOPER"
  private_instance = true
}
