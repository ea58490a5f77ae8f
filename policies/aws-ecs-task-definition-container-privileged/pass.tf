variable "container_definitions" {
  type = string
}

resource "aws_ecs_task_definition" "app" {
  family = "app"
  container_definitions = jsonencode([
    {
      name       = "app"
      image      = "nginx:1.27"
      privileged = false
      linuxParameters = {
        capabilities = { drop = ["ALL"] }
      }
    }
  ])
}

# Definitions attest cannot evaluate are not read.
resource "aws_ecs_task_definition" "from_file" {
  family                = "from-file"
  container_definitions = file("${path.module}/containers.json")
}

resource "aws_ecs_task_definition" "from_input" {
  family                = "from-input"
  container_definitions = var.container_definitions
}
