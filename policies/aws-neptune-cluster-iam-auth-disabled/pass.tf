variable "iam_auth" {
  default = true
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                  = "graph"
  iam_database_authentication_enabled = true
}

resource "aws_neptune_cluster" "from_variable" {
  cluster_identifier                  = "staging"
  iam_database_authentication_enabled = var.iam_auth
}
