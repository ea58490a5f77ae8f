resource "google_dataflow_job" "wordcount" {
  name              = "wordcount"
  template_gcs_path = "gs://dataflow-templates/latest/Word_Count"
  temp_gcs_location = "gs://acme-dataflow/tmp"
  subnetwork        = "regions/europe-west1/subnetworks/dataflow"
  ip_configuration  = "WORKER_IP_PRIVATE"
}

resource "google_dataflow_flex_template_job" "stream" {
  provider                = google-beta
  name                    = "stream"
  container_spec_gcs_path = "gs://acme-dataflow/templates/stream.json"
  region                  = "europe-west1"
  ip_configuration        = "WORKER_IP_PRIVATE"
}
