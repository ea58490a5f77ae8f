resource "aws_ecs_task_definition" "checkout" {
  family                   = "checkout"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([
    {
      name      = "checkout"
      image     = "111122223333.dkr.ecr.eu-west-1.amazonaws.com/checkout:2.4.1"
      essential = true
      logConfiguration = {
        logDriver = "awsfirelens"
        options   = { Name = "cloudwatch_logs", region = "eu-west-1", log_group_name = "/ecs/checkout" }
      }
    },
    {
      name      = "log-router"
      image     = "public.ecr.aws/aws-observability/aws-for-fluent-bit:stable"
      essential = true
      firelensConfiguration = {
        type = "fluentbit"
      }
    }
  ])
}

# Definitions read from a file are not evaluated.
resource "aws_ecs_task_definition" "batch" {
  family                = "batch"
  container_definitions = file("${path.module}/batch-containers.json")
}
