variable "failover" {
  default = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  num_cache_clusters         = 2
  automatic_failover_enabled = true
  multi_az_enabled           = true
}

resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id       = "cache"
  description                = "cache"
  num_cache_clusters         = 2
  automatic_failover_enabled = var.failover
}
