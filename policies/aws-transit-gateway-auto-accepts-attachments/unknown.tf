variable "auto_accept" {
  type = string
}

resource "aws_ec2_transit_gateway" "deferred" {
  auto_accept_shared_attachments = var.auto_accept # expect: aws-transit-gateway-auto-accepts-attachments unknown
}
