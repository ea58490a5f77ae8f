resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type  = "kafka.m5.large"
    client_subnets = var.subnets
    connectivity_info {
      public_access {
        type = "SERVICE_PROVIDED_EIPS" # expect: aws-msk-cluster-publicly-accessible "`aws_msk_cluster.events`"
      }
    }
  }
}
