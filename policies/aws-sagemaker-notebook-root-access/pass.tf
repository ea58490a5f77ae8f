variable "mode" {
  type    = string
  default = "Disabled"
}

resource "aws_sagemaker_notebook_instance" "locked" {
  name            = "locked"
  role_arn        = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type   = "ml.t3.medium"
  subnet_id       = "subnet-0123456789abcdef0"
  security_groups = ["sg-0123456789abcdef0"]
  direct_internet_access = "Disabled"
  root_access            = "Disabled"

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}

resource "aws_sagemaker_notebook_instance" "from_variable" {
  name            = "from-variable"
  role_arn        = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type   = "ml.t3.medium"
  subnet_id       = "subnet-0123456789abcdef0"
  security_groups = ["sg-0123456789abcdef0"]
  direct_internet_access = "Disabled"
  root_access            = var.mode

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}
