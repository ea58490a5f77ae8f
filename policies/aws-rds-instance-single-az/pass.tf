resource "aws_db_instance" "app" {
  engine   = "postgres"
  multi_az = true
}

# Availability comes from the Aurora cluster.
resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = aws_rds_cluster.main.id
  engine             = "aurora-postgresql"
}

resource "aws_db_instance" "aurora_member" {
  engine = "aurora-mysql"
}

resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.app.identifier
  instance_class      = "db.t3.micro"
}

# SQL Server Express does not support Multi-AZ.
resource "aws_db_instance" "express" {
  engine = "sqlserver-ex"
}
