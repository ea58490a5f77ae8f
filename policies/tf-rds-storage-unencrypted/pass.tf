variable "encrypted" {
  default = true
}

resource "aws_db_instance" "app" {
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  storage_encrypted = var.encrypted
}

resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.app.identifier
  instance_class      = "db.t3.micro"
}

resource "aws_rds_cluster" "aurora" {
  engine            = "aurora-mysql"
  storage_encrypted = true
}

resource "aws_rds_cluster_instance" "member" {
  cluster_identifier = aws_rds_cluster.aurora.id
  engine             = "aurora-mysql"
}

resource "aws_db_instance" "aurora_member" {
  cluster_identifier = aws_rds_cluster.aurora.id
  engine             = "aurora-mysql"
}
