resource "aws_mq_broker" "orders" {
  broker_name                = "orders"
  engine_type                = "ActiveMQ"
  engine_version             = "5.17.6"
  host_instance_type         = "mq.m5.large"
  auto_minor_version_upgrade = false # expect: aws-mq-broker-auto-minor-upgrade-disabled "`aws_mq_broker.orders`"
}
