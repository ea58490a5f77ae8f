variable "tls" {
  type = bool
}

resource "aws_memorydb_cluster" "deferred" {
  name        = "sessions"
  node_type   = "db.t4g.small"
  acl_name    = "app-acl"
  tls_enabled = var.tls # expect: aws-memorydb-cluster-tls-disabled unknown
}
