resource "aws_vpc" "shop" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_flow_log" "shop_accepted" {
  vpc_id               = aws_vpc.shop.id
  traffic_type         = "ACCEPT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-flow-logs"
}

resource "aws_flow_log" "shop_rejected" {
  vpc_id               = aws_vpc.shop.id
  traffic_type         = "REJECT"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::acme-security-flow-logs"
}
