variable "destination" {
  type = string
}

# The destination is decided elsewhere: in practice the peer's range.
resource "aws_route" "deferred" {
  route_table_id            = "rtb-0123456789abcdef0"
  destination_cidr_block    = var.destination
  vpc_peering_connection_id = "pcx-0123456789abcdef0"
}
