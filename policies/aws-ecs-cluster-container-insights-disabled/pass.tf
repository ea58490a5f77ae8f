variable "container_insights" {
  default = "enabled"
}

resource "aws_ecs_cluster" "apps" {
  name = "apps"
  setting {
    name  = "containerInsights"
    value = var.container_insights
  }
}

resource "aws_ecs_cluster" "enhanced" {
  name = "enhanced"
  setting {
    name  = "containerInsights"
    value = "enhanced"
  }
}
