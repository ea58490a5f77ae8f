variable "snapshot_retention" {
  type = number
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id     = "sessions"
  description              = "sessions"
  snapshot_retention_limit = var.snapshot_retention # expect: aws-elasticache-redis-backups-disabled unknown
}
