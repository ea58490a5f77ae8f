resource "aws_neptune_cluster" "graph" { # expect: aws-neptune-cluster-deletion-protection-disabled "`aws_neptune_cluster.graph`"
  cluster_identifier  = "graph"
  storage_encrypted   = true
  skip_final_snapshot = false
}

resource "aws_neptune_cluster" "social" {
  cluster_identifier  = "social"
  storage_encrypted   = true
  deletion_protection = false # expect: aws-neptune-cluster-deletion-protection-disabled
}
