resource "aws_ecs_task_definition" "app" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "nginx:1.27", essential = true }])

  volume {
    name = "shared"
    efs_volume_configuration { # expect: aws-ecs-task-definition-efs-transit-unencrypted "EFS volume `shared`"
      file_system_id = aws_efs_file_system.shared.id
      root_directory = "/"
    }
  }

  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id     = aws_efs_file_system.shared.id
      transit_encryption = "DISABLED" # expect: aws-ecs-task-definition-efs-transit-unencrypted "EFS volume `data`"
    }
  }
}
