resource "aws_sagemaker_domain" "research" { # expect: aws-sagemaker-notebook-direct-internet-access "Studio domain `aws_sagemaker_domain.research`"
  domain_name = "research"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0a1b2c3d4e5f60718"
  subnet_ids  = ["subnet-0a1b2c3d4e5f60718"]

  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-research"
  }
}

resource "aws_sagemaker_domain" "labs" {
  domain_name             = "labs"
  auth_mode               = "SSO"
  vpc_id                  = "vpc-0a1b2c3d4e5f60718"
  subnet_ids              = ["subnet-0a1b2c3d4e5f60718"]
  app_network_access_type = "PublicInternetOnly" # expect: aws-sagemaker-notebook-direct-internet-access "`aws_sagemaker_domain.labs`"

  default_user_settings {
    execution_role = "arn:aws:iam::111122223333:role/sagemaker-labs"
  }
}
