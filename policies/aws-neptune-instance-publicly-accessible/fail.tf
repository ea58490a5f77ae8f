resource "aws_neptune_cluster_instance" "writer" {
  count               = 2
  cluster_identifier  = "graph"
  instance_class      = "db.r6g.large"
  publicly_accessible = true # expect: aws-neptune-instance-publicly-accessible "`aws_neptune_cluster_instance.writer[0]`"
}
