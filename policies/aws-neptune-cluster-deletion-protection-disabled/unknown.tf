variable "protect" {
  type = bool
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier  = "graph"
  storage_encrypted   = true
  deletion_protection = var.protect # expect: aws-neptune-cluster-deletion-protection-disabled unknown
}
