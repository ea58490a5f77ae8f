resource "aws_emr_cluster" "spark" { # expect: aws-emr-cluster-without-security-configuration
  name          = "spark"
  release_label = "emr-7.1.0"
  applications  = ["Spark"]
  service_role  = "EMR_DefaultRole"

  ec2_attributes {
    subnet_id        = "subnet-0123456789abcdef0"
    instance_profile = "EMR_EC2_DefaultRole"
  }

  master_instance_group {
    instance_type = "m5.xlarge"
  }
}

resource "aws_emr_cluster" "empty" {
  name                   = "empty"
  release_label          = "emr-7.1.0"
  service_role           = "EMR_DefaultRole"
  security_configuration = "" # expect: aws-emr-cluster-without-security-configuration

  master_instance_group {
    instance_type = "m5.xlarge"
  }
}
