# MSK defaults to TLS between clients and brokers and between brokers.
resource "aws_msk_cluster" "default" {
  cluster_name           = "default"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
}

resource "aws_msk_cluster" "at_rest_only" {
  cluster_name           = "at-rest-only"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn
  }
}

variable "client_broker" {
  default = "TLS"
}

resource "aws_msk_cluster" "explicit" {
  cluster_name           = "explicit"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  encryption_info {
    encryption_in_transit {
      client_broker = var.client_broker
      in_cluster    = true
    }
  }
}
