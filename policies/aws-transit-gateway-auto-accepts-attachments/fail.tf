resource "aws_ec2_transit_gateway" "hub" {
  description                    = "shared network hub"
  auto_accept_shared_attachments = "enable" # expect: aws-transit-gateway-auto-accepts-attachments "`aws_ec2_transit_gateway.hub`"
}

variable "auto_accept" {
  type    = bool
  default = true
}

resource "aws_ec2_transit_gateway" "associating" {
  auto_accept_shared_attachments  = var.auto_accept ? "enable" : "disable" # expect: aws-transit-gateway-auto-accepts-attachments
  default_route_table_association = "enable"
  default_route_table_propagation = "disable"
}
