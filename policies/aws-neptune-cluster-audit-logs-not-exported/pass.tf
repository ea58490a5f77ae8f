variable "log_exports" {
  default = ["audit"]
}

resource "aws_neptune_cluster" "graph" {
  cluster_identifier                   = "graph"
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.audit.name
  enable_cloudwatch_logs_exports       = ["audit", "slowquery"]
}

resource "aws_neptune_cluster" "from_variable" {
  cluster_identifier             = "staging"
  enable_cloudwatch_logs_exports = var.log_exports
}

resource "aws_neptune_cluster_parameter_group" "audit" {
  family = "neptune1.3"
  parameter {
    name  = "neptune_enable_audit_log"
    value = "1"
  }
}
