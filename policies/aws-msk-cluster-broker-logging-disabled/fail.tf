resource "aws_msk_cluster" "events" { # expect: aws-msk-cluster-broker-logging-disabled "`aws_msk_cluster.events`"
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
}

resource "aws_msk_cluster" "disabled" {
  cluster_name           = "disabled"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled = false # expect: aws-msk-cluster-broker-logging-disabled
      }
    }
  }
}
