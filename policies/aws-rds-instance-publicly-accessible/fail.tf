variable "public" {
  default = true
}

resource "aws_db_instance" "app" {
  engine              = "mysql"
  publicly_accessible = var.public # expect: aws-rds-instance-publicly-accessible
}

resource "aws_rds_cluster_instance" "member" {
  cluster_identifier  = "acme"
  publicly_accessible = true # expect: aws-rds-instance-publicly-accessible
}
