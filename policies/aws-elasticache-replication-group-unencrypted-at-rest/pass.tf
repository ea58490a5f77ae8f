resource "aws_kms_key" "cache" {
  enable_key_rotation = true
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  node_type                  = "cache.t4g.small"
  at_rest_encryption_enabled = true
  kms_key_id                 = aws_kms_key.cache.arn
  transit_encryption_enabled = true
}

# Valkey encrypts at rest by default.
resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id = "valkey"
  description          = "valkey"
  engine               = "valkey"
}

variable "encrypt" {
  type    = bool
  default = true
}

resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id       = "queue"
  description                = "queue"
  at_rest_encryption_enabled = var.encrypt
}

# Secondary member of a global datastore: encryption comes from the primary.
resource "aws_elasticache_replication_group" "secondary" {
  provider                    = aws.other_region
  replication_group_id        = "sessions-secondary"
  description                 = "secondary"
  global_replication_group_id = aws_elasticache_global_replication_group.sessions.global_replication_group_id
}
