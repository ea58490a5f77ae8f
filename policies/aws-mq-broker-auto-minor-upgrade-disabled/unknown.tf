variable "auto_upgrade" {
  type = bool
}

resource "aws_mq_broker" "orders" {
  broker_name                = "orders"
  engine_type                = "ActiveMQ"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = var.auto_upgrade # expect: aws-mq-broker-auto-minor-upgrade-disabled unknown
}
