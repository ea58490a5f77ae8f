resource "google_data_fusion_instance" "default" { # expect: gcp-data-fusion-instance-public "Data Fusion instance `google_data_fusion_instance.default` is not private"
  name   = "etl"
  region = "europe-west1"
  type   = "BASIC"
}

resource "google_data_fusion_instance" "explicit" {
  name                       = "etl-public"
  region                     = "europe-west1"
  type                       = "ENTERPRISE"
  private_instance           = false # expect: gcp-data-fusion-instance-public
  enable_stackdriver_logging = true
}
