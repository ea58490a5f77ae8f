variable "encrypt" {
  type = bool
}

resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id       = "queue"
  description                = "queue"
  at_rest_encryption_enabled = var.encrypt # expect: aws-elasticache-replication-group-unencrypted-at-rest unknown
}
