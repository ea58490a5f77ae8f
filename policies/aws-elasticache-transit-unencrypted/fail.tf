resource "aws_elasticache_replication_group" "sessions" { # expect: aws-elasticache-transit-unencrypted "does not encrypt"
  replication_group_id = "sessions"
  description          = "sessions"
  engine               = "redis"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "migrating" {
  replication_group_id       = "migrating"
  description                = "cache"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred" # expect: aws-elasticache-transit-unencrypted "preferred"
}

resource "aws_elasticache_replication_group" "off" {
  replication_group_id       = "off"
  description                = "cache"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = false # expect: aws-elasticache-transit-unencrypted "`aws_elasticache_replication_group.off`"
}
