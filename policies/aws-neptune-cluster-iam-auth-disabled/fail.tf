resource "aws_neptune_cluster" "graph" { # expect: aws-neptune-cluster-iam-auth-disabled "`aws_neptune_cluster.graph`"
  cluster_identifier = "graph"
  storage_encrypted  = true
}

resource "aws_neptune_cluster" "explicit" {
  cluster_identifier                  = "staging"
  iam_database_authentication_enabled = false # expect: aws-neptune-cluster-iam-auth-disabled
}
