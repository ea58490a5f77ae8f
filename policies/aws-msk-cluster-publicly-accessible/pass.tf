resource "aws_msk_cluster" "default" {
  cluster_name           = "default"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = var.subnets
  }
}

variable "public_access_type" {
  default = "DISABLED"
}

resource "aws_msk_cluster" "disabled" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = var.subnets
    connectivity_info {
      public_access {
        type = var.public_access_type
      }
    }
  }
}
