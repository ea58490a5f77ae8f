variable "public" {
  default = false
}

# The provider's default is a private broker.
resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  host_instance_type = "mq.m5.large"
}

resource "aws_mq_broker" "events" {
  broker_name         = "events"
  engine_type         = "RabbitMQ"
  host_instance_type  = "mq.m5.large"
  publicly_accessible = var.public
}
