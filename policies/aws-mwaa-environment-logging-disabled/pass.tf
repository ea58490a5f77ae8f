resource "aws_mwaa_environment" "airflow" {
  name               = "airflow"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::123456789012:role/airflow"
  source_bucket_arn  = "arn:aws:s3:::acme-airflow"
  network_configuration {
    security_group_ids = ["sg-1"]
    subnet_ids         = ["subnet-1", "subnet-2"]
  }
  logging_configuration {
    dag_processing_logs {
      enabled   = true
      log_level = "WARNING"
    }
    scheduler_logs {
      enabled   = true
      log_level = "INFO"
    }
    task_logs {
      enabled   = true
      log_level = "INFO"
    }
    webserver_logs {
      enabled   = true
      log_level = "INFO"
    }
    worker_logs {
      enabled   = true
      log_level = "INFO"
    }
  }
}
