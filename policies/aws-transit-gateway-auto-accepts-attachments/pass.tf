# The default: attachments from other accounts wait for acceptance.
resource "aws_ec2_transit_gateway" "default" {
  description = "shared network hub"
}

resource "aws_ec2_transit_gateway" "reviewed" {
  auto_accept_shared_attachments = "disable"
}

# Auto-accepted attachments join no route table by themselves.
resource "aws_ec2_transit_gateway" "segmented" {
  auto_accept_shared_attachments  = "enable"
  default_route_table_association = "disable"
  default_route_table_propagation = "disable"
}
