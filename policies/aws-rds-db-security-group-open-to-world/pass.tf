variable "office_cidr" {
  default = "203.0.113.0/24"
}

resource "aws_db_security_group" "default" {
  name = "rds_sg"

  ingress {
    cidr = var.office_cidr
  }

  ingress {
    security_group_name = "app"
  }
}
