variable "snapshot_retention" {
  default = 5
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id     = "sessions"
  description              = "sessions"
  snapshot_retention_limit = 7
  snapshot_window          = "03:00-04:00"
}

resource "aws_elasticache_cluster" "single" {
  cluster_id               = "single"
  engine                   = "valkey"
  snapshot_retention_limit = var.snapshot_retention
}

# Memcached cannot be backed up.
resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "memcached"
  engine          = "memcached"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 2
}

# A member of a replication group: backups are set on the group.
resource "aws_elasticache_cluster" "replica" {
  cluster_id           = "sessions-replica"
  replication_group_id = aws_elasticache_replication_group.sessions.id
}
