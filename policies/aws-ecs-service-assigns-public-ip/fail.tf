resource "aws_ecs_service" "web" {
  name            = "web"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.web.arn
  launch_type     = "FARGATE"

  network_configuration {
    subnets          = var.public_subnets
    security_groups  = [aws_security_group.web.id]
    assign_public_ip = true # expect: aws-ecs-service-assigns-public-ip "`aws_ecs_service.web`"
  }
}
