variable "backup_retention" {
  default = 14
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier      = "graph"
  backup_retention_period = 7
}

resource "aws_neptune_cluster" "from_variable" {
  cluster_identifier      = "orders"
  backup_retention_period = var.backup_retention
}
