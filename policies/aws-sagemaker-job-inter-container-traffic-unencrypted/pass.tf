resource "aws_sagemaker_data_quality_job_definition" "encrypted" {
  name     = "churn-data-quality"
  role_arn = "arn:aws:iam::123456789012:role/monitoring"

  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 20
    }
  }

  network_config {
    enable_inter_container_traffic_encryption = true
    enable_network_isolation                  = true
  }
}

resource "aws_sagemaker_data_quality_job_definition" "single" {
  name     = "orders-data-quality"
  role_arn = "arn:aws:iam::123456789012:role/monitoring"

  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
    }
  }
}
