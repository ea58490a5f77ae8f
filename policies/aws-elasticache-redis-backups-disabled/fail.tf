resource "aws_elasticache_replication_group" "sessions" { # expect: aws-elasticache-redis-backups-disabled "replication group `aws_elasticache_replication_group.sessions`"
  replication_group_id = "sessions"
  description          = "sessions"
}

resource "aws_elasticache_replication_group" "disabled" {
  replication_group_id     = "cache"
  description              = "cache"
  snapshot_retention_limit = 0 # expect: aws-elasticache-redis-backups-disabled
}

resource "aws_elasticache_cluster" "single" { # expect: aws-elasticache-redis-backups-disabled "cache cluster"
  cluster_id      = "single"
  engine          = "redis"
  node_type       = "cache.t4g.small"
  num_cache_nodes = 1
}
