resource "aws_vpc" "shop" { # expect: aws-vpc-flow-logs-disabled "accepted traffic only"
  cidr_block = "10.40.0.0/16"
}

resource "aws_flow_log" "shop_accepted" {
  vpc_id               = aws_vpc.shop.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}
