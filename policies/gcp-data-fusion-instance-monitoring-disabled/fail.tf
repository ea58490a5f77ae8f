resource "google_data_fusion_instance" "explicit" {
  name                          = "etl"
  region                        = "europe-west1"
  type                          = "BASIC"
  private_instance              = true
  enable_stackdriver_logging    = true
  enable_stackdriver_monitoring = false # expect: gcp-data-fusion-instance-monitoring-disabled "Data Fusion instance `google_data_fusion_instance.explicit` sends no metrics"
}

variable "monitoring" {
  type = bool
}

resource "google_data_fusion_instance" "unknown" {
  name                          = "etl-2"
  region                        = "europe-west1"
  type                          = "BASIC"
  private_instance              = true
  enable_stackdriver_logging    = true
  enable_stackdriver_monitoring = var.monitoring # expect: gcp-data-fusion-instance-monitoring-disabled unknown
}

# Logging on, monitoring left to its default (off).
resource "google_data_fusion_instance" "default" { # expect: gcp-data-fusion-instance-monitoring-disabled
  name                       = "etl-3"
  region                     = "europe-west1"
  type                       = "DEVELOPER"
  private_instance           = true
  enable_stackdriver_logging = true
}
