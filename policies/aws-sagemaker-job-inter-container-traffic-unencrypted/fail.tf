resource "aws_sagemaker_data_quality_job_definition" "churn" {
  name     = "churn-data-quality"
  role_arn = "arn:aws:iam::123456789012:role/monitoring"

  data_quality_app_specification {
    image_uri = "156813124566.dkr.ecr.us-east-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }

  job_resources {
    cluster_config {
      instance_count    = 2
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 20
    }
  }

  network_config {
    enable_inter_container_traffic_encryption = false # expect: aws-sagemaker-job-inter-container-traffic-unencrypted
  }
}

resource "aws_sagemaker_data_quality_job_definition" "no_network_config" { # expect: aws-sagemaker-job-inter-container-traffic-unencrypted
  name     = "orders-data-quality"
  role_arn = "arn:aws:iam::123456789012:role/monitoring"

  job_resources {
    cluster_config {
      instance_count    = 4
      instance_type     = "ml.m5.xlarge"
      volume_size_in_gb = 20
    }
  }
}
