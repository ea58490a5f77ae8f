variable "monitoring" {
  type    = bool
  default = true
}

resource "google_data_fusion_instance" "monitored" {
  name                          = "etl"
  region                        = "europe-west1"
  type                          = "ENTERPRISE"
  private_instance              = true
  enable_stackdriver_logging    = true
  enable_stackdriver_monitoring = true
}

# A variable with a default is evaluated.
resource "google_data_fusion_instance" "from_default" {
  name                          = "etl-2"
  region                        = "europe-west1"
  type                          = "BASIC"
  private_instance              = true
  enable_stackdriver_logging    = true
  enable_stackdriver_monitoring = var.monitoring
}
