resource "aws_memorydb_cluster" "default" {
  name      = "sessions"
  node_type = "db.t4g.small"
  acl_name  = "app-acl"
}

resource "aws_memorydb_cluster" "explicit" {
  name        = "cache"
  node_type   = "db.t4g.small"
  acl_name    = "app-acl"
  tls_enabled = true
}
