variable "iam_auth" {
  type = bool
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  iam_database_authentication_enabled = var.iam_auth # expect: aws-neptune-cluster-iam-auth-disabled unknown
}
