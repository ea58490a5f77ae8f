variable "backup_retention" {
  default = 14
}

resource "aws_docdb_cluster" "catalog" {
  cluster_identifier      = "catalog"
  backup_retention_period = 7
}

resource "aws_docdb_cluster" "from_variable" {
  cluster_identifier      = "orders"
  backup_retention_period = var.backup_retention
}
