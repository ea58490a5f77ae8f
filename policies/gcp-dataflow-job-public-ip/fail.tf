resource "google_dataflow_job" "wordcount" { # expect: gcp-dataflow-job-public-ip "Dataflow job `google_dataflow_job.wordcount`"
  name              = "wordcount"
  template_gcs_path = "gs://dataflow-templates/latest/Word_Count"
  temp_gcs_location = "gs://acme-dataflow/tmp"
  parameters = {
    inputFile = "gs://acme-data/input.txt"
    output    = "gs://acme-data/output"
  }
}

resource "google_dataflow_job" "explicit" {
  name              = "export"
  template_gcs_path = "gs://dataflow-templates/latest/Cloud_Spanner_to_GCS_Avro"
  temp_gcs_location = "gs://acme-dataflow/tmp"
  ip_configuration  = "WORKER_IP_PUBLIC" # expect: gcp-dataflow-job-public-ip
}

resource "google_dataflow_flex_template_job" "stream" { # expect: gcp-dataflow-job-public-ip "Flex Template job"
  provider                = google-beta
  name                    = "stream"
  container_spec_gcs_path = "gs://acme-dataflow/templates/stream.json"
  region                  = "europe-west1"
}
