resource "aws_sagemaker_model" "churn" { # expect: aws-sagemaker-model-network-isolation-disabled
  name               = "churn"
  execution_role_arn = "arn:aws:iam::123456789012:role/sagemaker-execution"

  primary_container {
    image          = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/churn:1.4.0"
    model_data_url = "s3://acme-models/churn/model.tar.gz"
  }
}

resource "aws_sagemaker_model" "fraud" {
  name                     = "fraud"
  execution_role_arn       = "arn:aws:iam::123456789012:role/sagemaker-execution"
  enable_network_isolation = false # expect: aws-sagemaker-model-network-isolation-disabled

  primary_container {
    image = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/fraud:2.0.1"
  }
}
