resource "aws_mq_broker" "orders" {
  broker_name         = "orders"
  engine_type         = "ActiveMQ"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = true # expect: aws-mq-broker-publicly-accessible "`aws_mq_broker.orders`"
}
