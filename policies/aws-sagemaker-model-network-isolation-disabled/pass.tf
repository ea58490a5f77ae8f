resource "aws_sagemaker_model" "churn" {
  name                     = "churn"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker-execution"
  enable_network_isolation = true

  primary_container {
    image          = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.4.0"
    model_data_url = "s3://acme-models/churn/model.tar.gz"
  }

  vpc_config {
    security_group_ids = ["sg-0123456789abcdef0"]
    subnets            = ["subnet-0123456789abcdef0"]
  }
}
