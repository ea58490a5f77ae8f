variable "public_access_type" {
  type = string
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = ["subnet-1", "subnet-2", "subnet-3"]
    connectivity_info {
      public_access {
        type = var.public_access_type # expect: aws-msk-cluster-publicly-accessible unknown
      }
    }
  }
}
