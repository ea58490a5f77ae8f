resource "aws_ecs_cluster" "bare" { # expect: aws-ecs-cluster-container-insights-disabled "`aws_ecs_cluster.bare`"
  name = "bare"
}

resource "aws_ecs_cluster" "disabled" {
  name = "apps"
  setting { # expect: aws-ecs-cluster-container-insights-disabled "`aws_ecs_cluster.disabled`"
    name  = "containerInsights"
    value = "disabled"
  }
}
