resource "aws_neptune_cluster_instance" "writer" {
  cluster_identifier  = "graph"
  instance_class      = "db.r6g.large"
  publicly_accessible = false
}

resource "aws_neptune_cluster_instance" "reader" {
  cluster_identifier = "graph"
  instance_class     = "db.r6g.large"
}
