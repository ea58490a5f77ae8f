variable "auth_token" {
  type      = string
  sensitive = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
  auth_token                 = var.auth_token
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "cache"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = "true"
}

# Secondary member of a global datastore (as terraform-aws-elasticache
# writes it): in-transit encryption comes from the global datastore.
resource "aws_elasticache_global_replication_group" "sessions" {
  global_replication_group_id_suffix = "sessions"
  primary_replication_group_id       = aws_elasticache_replication_group.sessions.id
}

resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "sessions-secondary"
  description                 = "secondary"
  global_replication_group_id = aws_elasticache_global_replication_group.sessions.global_replication_group_id
  transit_encryption_enabled  = null
}

resource "aws_elasticache_replication_group" "secondary_by_id" {
  replication_group_id        = "sessions-secondary-2"
  description                 = "secondary"
  global_replication_group_id = "ldgnf-sessions"
}
