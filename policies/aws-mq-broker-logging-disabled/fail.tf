# expect: aws-mq-broker-logging-disabled "general log", aws-mq-broker-logging-disabled "audit log"
resource "aws_mq_broker" "orders" {
  broker_name        = "orders"
  engine_type        = "ActiveMQ"
  host_instance_type = "mq.m5.large"
}

resource "aws_mq_broker" "general_only" {
  broker_name        = "general-only"
  engine_type        = "ActiveMQ"
  host_instance_type = "mq.m5.large"
  logs { # expect: aws-mq-broker-logging-disabled "audit log"
    general = true
  }
}

resource "aws_mq_broker" "events" {
  broker_name        = "events"
  engine_type        = "RabbitMQ"
  host_instance_type = "mq.m5.large"
  logs {
    general = false # expect: aws-mq-broker-logging-disabled "general log"
  }
}
