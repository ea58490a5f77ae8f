resource "aws_vpc" "main" { # expect: aws-vpc-flow-logs-disabled
  cidr_block = "10.0.0.0/16"
}
