resource "aws_ecs_cluster" "prod" {
  name = "prod"
  configuration {
    execute_command_configuration {
      kms_key_id = aws_kms_key.exec.arn
      logging    = "OVERRIDE"
      log_configuration {
        cloud_watch_encryption_enabled = true
        cloud_watch_log_group_name     = "/ecs/exec"
      }
    }
  }
}

resource "aws_ecs_cluster" "staging" {
  name = "staging"
  configuration {
    execute_command_configuration {
      logging = "DEFAULT"
    }
  }
}

resource "aws_ecs_cluster" "dev" {
  name = "dev"
}
