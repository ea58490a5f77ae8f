resource "aws_docdb_cluster_parameter_group" "params" {
  family = "docdb5.0"
  name   = "params"

  parameter { # expect: aws-docdb-parameter-group-audit-logs-disabled "`aws_docdb_cluster_parameter_group.params`"
    name  = "tls"
    value = "enabled"
  }
}

resource "aws_docdb_cluster_parameter_group" "off" {
  family = "docdb5.0"
  name   = "off"

  parameter { # expect: aws-docdb-parameter-group-audit-logs-disabled "`aws_docdb_cluster_parameter_group.off`"
    name  = "audit_logs"
    value = "disabled"
  }
}

resource "aws_docdb_cluster" "docs" { # expect: aws-docdb-parameter-group-audit-logs-disabled "`aws_docdb_cluster.docs` uses the default"
  cluster_identifier              = "docs"
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = ["audit"]
}

resource "aws_docdb_cluster_parameter_group" "empty" { # expect: aws-docdb-parameter-group-audit-logs-disabled "`aws_docdb_cluster_parameter_group.empty`"
  family = "docdb5.0"
  name   = "empty"
}
