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
  engine = "aurora-mysql"
}

# Restored or cloned databases inherit the encryption of their source.
resource "aws_db_instance" "restored" {
  snapshot_identifier = "app-final-2026-01-01"
  instance_class      = "db.t3.micro"
}

resource "aws_rds_cluster" "clone" {
  engine = "aurora-postgresql"
  restore_to_point_in_time {
    source_cluster_identifier  = aws_rds_cluster.aurora.cluster_identifier
    restore_type               = "copy-on-write"
    use_latest_restorable_time = true
  }
}

resource "aws_rds_cluster" "replica" {
  engine                        = "aurora-mysql"
  replication_source_identifier = "arn:aws:rds:eu-west-1:123456789012:cluster:source"
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "serverless" {
  engine      = "aurora-mysql"
  engine_mode = "serverless"
}
