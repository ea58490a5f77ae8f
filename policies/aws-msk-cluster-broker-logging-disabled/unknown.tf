variable "cloudwatch_logs" {
  type = bool
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled = var.cloudwatch_logs # expect: aws-msk-cluster-broker-logging-disabled unknown
      }
    }
  }
}
