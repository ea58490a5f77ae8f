variable "containers" {
  type = string
}

resource "aws_ecs_task_definition" "api" {
  family = "api"
  volume {
    name = "tmp"
  }
  container_definitions = jsonencode([
    {
      name                   = "app"
      image                  = "acme/api:1.2.3"
      readonlyRootFilesystem = true
      mountPoints            = [{ sourceVolume = "tmp", containerPath = "/tmp" }]
    },
  ])
}

resource "aws_ecs_task_definition" "from_var" {
  family                = "from-var"
  container_definitions = var.containers
}

resource "aws_ecs_task_definition" "windows" {
  family                   = "iis"
  requires_compatibilities = ["FARGATE"]
  runtime_platform {
    operating_system_family = "WINDOWS_SERVER_2022_CORE"
    cpu_architecture        = "X86_64"
  }
  container_definitions = jsonencode([
    { name = "iis", image = "mcr.microsoft.com/windows/servercore/iis:windowsservercore-ltsc2022" },
  ])
}
