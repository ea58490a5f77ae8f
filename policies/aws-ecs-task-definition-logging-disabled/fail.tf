resource "aws_ecs_task_definition" "checkout" {
  family                   = "checkout"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([
    { # expect: aws-ecs-task-definition-logging-disabled "`checkout`"
      name      = "checkout"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/checkout:2.4.1"
      essential = true
    },
    {
      name      = "metrics"
      image     = "public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0"
      essential = false
      logConfiguration = {
        logDriver = "none" # expect: aws-ecs-task-definition-logging-disabled "`metrics`"
      }
    }
  ])
}
