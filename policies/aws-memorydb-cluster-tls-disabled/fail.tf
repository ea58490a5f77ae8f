resource "aws_memorydb_cluster" "plain" {
  name        = "sessions"
  node_type   = "db.t4g.small"
  acl_name    = "open-access"
  tls_enabled = false # expect: aws-memorydb-cluster-tls-disabled "`aws_memorydb_cluster.plain`"
}
