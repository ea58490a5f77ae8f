variable "peer_cidr" {
  type    = string
  default = "10.1.0.0/16"
}

resource "aws_vpc_peering_connection" "shared" {
  vpc_id      = "vpc-0123456789abcdef0"
  peer_vpc_id = "vpc-0fedcba9876543210"
}

resource "aws_route" "to_peer" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = var.peer_cidr
  vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
}

resource "aws_route" "to_internet" {
  route_table_id         = "rtb-0123456789abcdef0"
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = "igw-0123456789abcdef0"
}

# A default route to a NAT gateway next to a peering route to the peer's
# range (checkov flags such a table; the routes are right).
resource "aws_route_table" "private" {
  vpc_id = "vpc-0123456789abcdef0"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = "nat-0123456789abcdef0"
  }

  route {
    cidr_block                = "10.1.0.0/16"
    vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
  }
}

# The terraform-aws-vpc module writes empty strings for unused targets.
resource "aws_route" "module_style" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = "0.0.0.0/0"
  gateway_id                = "igw-0123456789abcdef0"
  vpc_peering_connection_id = ""
}
