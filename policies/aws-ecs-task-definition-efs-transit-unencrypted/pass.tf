variable "volumes" {
  default = {
    shared = "fs-0123456789abcdef0"
  }
}

resource "aws_ecs_task_definition" "app" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "nginx:1.27", essential = true }])

  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.shared.id
      transit_encryption = "ENABLED"
      authorization_config {
        access_point_id = aws_efs_access_point.data.id
        iam             = "ENABLED"
      }
    }
  }

  dynamic "volume" {
    for_each = var.volumes
    content {
      name = volume.key
      efs_volume_configuration {
        file_system_id     = volume.value
        transit_encryption = "ENABLED"
      }
    }
  }

  volume {
    name      = "scratch"
    host_path = "/ecs/scratch"
  }
}
