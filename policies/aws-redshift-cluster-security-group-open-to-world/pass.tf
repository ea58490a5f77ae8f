resource "aws_redshift_security_group" "default" {
  name = "redshift-sg"

  ingress {
    cidr = "10.0.0.0/16"
  }

  ingress {
    security_group_name = "bi-tools"
  }
}
