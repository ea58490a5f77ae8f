resource "aws_sagemaker_notebook_instance" "defaults" { # expect: aws-sagemaker-notebook-direct-internet-access "`aws_sagemaker_notebook_instance.defaults`"
  name            = "defaults"
  role_arn        = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type   = "ml.t3.medium"
  subnet_id       = "subnet-0123456789abcdef0"
  security_groups = ["sg-0123456789abcdef0"]
  root_access            = "Disabled"

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "explicit" {
  name            = "explicit"
  role_arn        = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type   = "ml.t3.medium"
  subnet_id       = "subnet-0123456789abcdef0"
  security_groups = ["sg-0123456789abcdef0"]
  direct_internet_access = "Enabled" # expect: aws-sagemaker-notebook-direct-internet-access "`aws_sagemaker_notebook_instance.explicit`"
  root_access            = "Disabled"

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

