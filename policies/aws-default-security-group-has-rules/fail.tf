resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol  = -1 # expect: aws-default-security-group-has-rules
    self      = true
    from_port = 0
    to_port   = 0
  }
}

variable "rules" {
  type = list(map(string))
}

resource "aws_default_security_group" "dynamic" {
  vpc_id = aws_vpc.other.id
  dynamic "egress" {
    for_each = var.rules
    content {
      protocol  = egress.value.protocol # expect: aws-default-security-group-has-rules unknown
      from_port = 0
      to_port   = 0
    }
  }
}
