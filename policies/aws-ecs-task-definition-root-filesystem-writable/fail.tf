resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 512
  memory                   = 1024
  container_definitions = jsonencode([
    { # expect: aws-ecs-task-definition-root-filesystem-writable "`app`"
      name  = "app"
      image = "acme/api:1.2.3"
    },
    {
      name                   = "proxy"
      image                  = "envoyproxy/envoy:v1.31.0"
      readonlyRootFilesystem = false # expect: aws-ecs-task-definition-root-filesystem-writable "`proxy`"
    },
  ])
}
