variable "redis_auth_token" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_replication_group" "with_token" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  auth_token                 = var.redis_auth_token
}

resource "aws_elasticache_user_group" "app" {
  engine        = "valkey"
  user_group_id = "app"
  user_ids      = ["app-disabled-default", "app"]
}

resource "aws_elasticache_replication_group" "with_rbac" {
  replication_group_id       = "cache"
  description                = "cache"
  engine                     = "valkey"
  node_type                  = "cache.r7g.large"
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.user_group_id]
}

resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "secondary"
  description                 = "secondary"
  global_replication_group_id = "ldgnf-global-sessions"
}
