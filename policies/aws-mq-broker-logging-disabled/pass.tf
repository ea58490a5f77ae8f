variable "audit_log" {
  default = true
}

resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  host_instance_type = "mq.m5.large"
  logs {
    general = true
    audit   = var.audit_log
  }
}

# RabbitMQ has no audit log.
resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "RabbitMQ"
  host_instance_type = "mq.m5.large"
  logs {
    general = true
  }
}
