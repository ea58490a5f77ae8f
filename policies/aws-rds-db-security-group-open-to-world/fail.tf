resource "aws_db_security_group" "default" {
  name = "rds_sg"

  ingress {
    cidr = "0.0.0.0/0" # expect: aws-rds-db-security-group-open-to-world "`aws_db_security_group.default`"
  }
}
