variable "encrypted" {
  type = bool
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier = "graph"
  storage_encrypted  = var.encrypted # expect: aws-neptune-cluster-unencrypted unknown
}
