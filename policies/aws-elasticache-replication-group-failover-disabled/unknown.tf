variable "failover" {
  type = bool
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id       = "sessions"
  description                = "sessions"
  automatic_failover_enabled = var.failover # expect: aws-elasticache-replication-group-failover-disabled unknown
}
