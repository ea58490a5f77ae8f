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

# Secondary member of a global datastore (as terraform-aws-elasticache
# writes it): it inherits automatic failover from the primary.
resource "aws_elasticache_global_replication_group" "sessions" {
  global_replication_group_id_suffix = "sessions"
  primary_replication_group_id       = aws_elasticache_replication_group.sessions.id
}

resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "sessions-secondary"
  description                 = "secondary"
  global_replication_group_id = aws_elasticache_global_replication_group.sessions.global_replication_group_id
  num_cache_clusters          = 2
}
