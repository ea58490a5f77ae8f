resource "aws_db_instance" "app" {
  engine = "mysql"
}

resource "aws_rds_cluster_instance" "member" {
  cluster_identifier  = "acme"
  publicly_accessible = false
}
