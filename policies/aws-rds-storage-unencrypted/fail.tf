resource "aws_db_instance" "app" { # expect: aws-rds-storage-unencrypted
  engine         = "postgres"
  instance_class = "db.t3.micro"
}

resource "aws_rds_cluster" "aurora" {
  engine            = "aurora-postgresql"
  storage_encrypted = false # expect: aws-rds-storage-unencrypted
}

variable "encrypted" {
  default = "false"
}

resource "aws_rds_cluster" "multi_az" {
  engine            = "postgres"
  storage_encrypted = var.encrypted # expect: aws-rds-storage-unencrypted "`aws_rds_cluster.multi_az`"
}
