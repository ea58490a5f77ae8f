resource "aws_mwaa_environment" "airflow" {
  name                  = "airflow"
  dag_s3_path           = "dags/"
  execution_role_arn    = "arn:aws:iam::123456789012:role/airflow"
  source_bucket_arn     = "arn:aws:s3:::acme-airflow"
  webserver_access_mode = "PUBLIC_ONLY" # expect: aws-mwaa-environment-public "`aws_mwaa_environment.airflow`"
  network_configuration {
    security_group_ids = ["sg-1"]
    subnet_ids         = ["subnet-1", "subnet-2"]
  }
}
