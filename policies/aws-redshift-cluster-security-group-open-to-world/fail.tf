resource "aws_redshift_security_group" "default" {
  name = "redshift-sg"

  ingress {
    cidr = "0.0.0.0/0" # expect: aws-redshift-cluster-security-group-open-to-world "`aws_redshift_security_group.default`"
  }
}
