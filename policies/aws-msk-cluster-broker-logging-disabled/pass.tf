resource "aws_msk_cluster" "to_cloudwatch" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = aws_cloudwatch_log_group.msk.name
      }
    }
  }
}

variable "s3_logs" {
  default = true
}

resource "aws_msk_cluster" "to_s3" {
  cluster_name           = "archive"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  logging_info {
    broker_logs {
      firehose {
        enabled = false
      }
      s3 {
        enabled = var.s3_logs
        bucket  = aws_s3_bucket.logs.id
      }
    }
  }
}

resource "aws_cloudwatch_log_group" "msk" {
  retention_in_days = 365
}

# Express brokers deliver no broker logs.
resource "aws_msk_cluster" "express" {
  cluster_name           = "express"
  kafka_version          = "3.6.x"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type  = "express.m7g.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
  }
}
