resource "aws_vpc_peering_connection" "shared" {
  vpc_id      = "vpc-0123456789abcdef0"
  peer_vpc_id = "vpc-0fedcba9876543210"
}

resource "aws_route" "default_to_peer" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = "0.0.0.0/0" # expect: aws-route-table-peering-route-too-wide "`aws_route.default_to_peer`"
  vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
}

resource "aws_route" "ipv6_to_peer" {
  route_table_id              = "rtb-0123456789abcdef0"
  destination_ipv6_cidr_block = "::/0" # expect: aws-route-table-peering-route-too-wide
  vpc_peering_connection_id   = "pcx-0123456789abcdef0"
}

resource "aws_route_table" "private" {
  vpc_id = "vpc-0123456789abcdef0"

  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = "nat-0123456789abcdef0"
  }

  route {
    cidr_block                = "0.0.0.0/0" # expect: aws-route-table-peering-route-too-wide "`aws_route_table.private`"
    vpc_peering_connection_id = aws_vpc_peering_connection.shared.id
  }
}
