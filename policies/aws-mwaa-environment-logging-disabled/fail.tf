resource "aws_mwaa_environment" "airflow" { # expect: aws-mwaa-environment-logging-disabled "`aws_mwaa_environment.airflow`"
  name               = "airflow"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/airflow"
  source_bucket_arn  = "arn:aws:s3:::acme-airflow"
  network_configuration {
    security_group_ids = ["sg-1"]
    subnet_ids         = ["subnet-1", "subnet-2"]
  }
}

resource "aws_mwaa_environment" "batch" {
  name               = "batch"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/batch"
  source_bucket_arn  = "arn:aws:s3:::acme-batch"
  network_configuration {
    security_group_ids = ["sg-1"]
    subnet_ids         = ["subnet-1", "subnet-2"]
  }
  logging_configuration { # expect: aws-mwaa-environment-logging-disabled "`aws_mwaa_environment.batch`"
    task_logs {
      enabled   = true
      log_level = "INFO"
    }
    scheduler_logs {
      enabled   = false
      log_level = "INFO"
    }
  }
}
