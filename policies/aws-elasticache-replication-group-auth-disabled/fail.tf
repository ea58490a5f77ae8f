# No authentication at all (the default).
resource "aws_elasticache_replication_group" "sessions" { # expect: aws-elasticache-replication-group-auth-disabled "`aws_elasticache_replication_group.sessions`"
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}

# Without TLS there can be no AUTH token either.
resource "aws_elasticache_replication_group" "plaintext" { # expect: aws-elasticache-replication-group-auth-disabled
  replication_group_id = "plaintext"
  description          = "plaintext"
  engine               = "valkey"
  node_type            = "cache.t4g.small"
}

variable "user_groups" {
  type    = list(string)
  default = []
}

# A variable whose default is an empty list of user groups.
resource "aws_elasticache_replication_group" "empty_groups" { # expect: aws-elasticache-replication-group-auth-disabled
  replication_group_id       = "empty"
  description                = "empty"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  user_group_ids             = var.user_groups
}
