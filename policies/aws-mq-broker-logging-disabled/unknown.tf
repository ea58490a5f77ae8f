variable "general_log" {
  type = bool
}

resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "RabbitMQ"
  host_instance_type = "mq.m5.large"
  logs {
    general = var.general_log # expect: aws-mq-broker-logging-disabled unknown
  }
}
