# Redis OSS (the default engine) without the argument: not encrypted.
resource "aws_elasticache_replication_group" "sessions" { # expect: aws-elasticache-replication-group-unencrypted-at-rest "`aws_elasticache_replication_group.sessions`"
  replication_group_id = "sessions"
  description          = "sessions"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 2
}

resource "aws_elasticache_replication_group" "explicit" {
  replication_group_id       = "cache"
  description                = "cache"
  engine                     = "redis"
  at_rest_encryption_enabled = false # expect: aws-elasticache-replication-group-unencrypted-at-rest
}

variable "encrypt" {
  type    = bool
  default = false
}

resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id       = "queue"
  description                = "queue"
  engine                     = "valkey"
  at_rest_encryption_enabled = var.encrypt # expect: aws-elasticache-replication-group-unencrypted-at-rest
}
