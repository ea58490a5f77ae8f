resource "aws_ecs_cluster" "prod" {
  name = "prod"
  configuration {
    execute_command_configuration {
      logging = "NONE" # expect: aws-ecs-cluster-exec-logging-disabled "`aws_ecs_cluster.prod`"
    }
  }
}
