resource "aws_elasticache_replication_group" "sessions" { # expect: aws-elasticache-replication-group-failover-disabled "`aws_elasticache_replication_group.sessions`"
  replication_group_id = "sessions"
  description          = "sessions"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "explicit" {
  replication_group_id       = "cache"
  description                = "cache"
  automatic_failover_enabled = false # expect: aws-elasticache-replication-group-failover-disabled
}
