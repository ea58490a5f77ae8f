resource "aws_neptune_cluster" "graph" { # expect: aws-neptune-cluster-unencrypted "`aws_neptune_cluster.graph`"
  cluster_identifier                  = "graph"
  iam_database_authentication_enabled = true
}

variable "encrypted" {
  default = false
}

resource "aws_neptune_cluster" "from_variable" {
  cluster_identifier = "staging"
  storage_encrypted  = var.encrypted # expect: aws-neptune-cluster-unencrypted
}
