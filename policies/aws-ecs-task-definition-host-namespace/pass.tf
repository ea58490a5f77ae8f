variable "network_mode" {
  default = "awsvpc"
}

resource "aws_ecs_task_definition" "app" {
  family                   = "app"
  requires_compatibilities = ["FARGATE"]
  network_mode             = var.network_mode
  pid_mode                 = "task"
  cpu                      = 256
  memory                   = 512
  container_definitions    = jsonencode([{ name = "app", image = "nginx:1.27" }])
}

resource "aws_ecs_task_definition" "bridge" {
  family                = "bridge"
  network_mode          = "bridge"
  ipc_mode              = "none"
  container_definitions = jsonencode([{ name = "app", image = "nginx:1.27" }])
}

resource "aws_ecs_task_definition" "defaults" {
  family                = "defaults"
  container_definitions = jsonencode([{ name = "app", image = "nginx:1.27" }])
}
