resource "aws_ecs_task_definition" "agent" {
  family = "agent"
  container_definitions = jsonencode([
    {
      name       = "agent"
      image      = "datadog/agent:7"
      privileged = true # expect: aws-ecs-task-definition-container-privileged "container `agent`"
    },
    {
      name  = "app"
      image = "nginx:1.27"
    }
  ])
}

# A JSON heredoc: the finding is reported at the resource.
resource "aws_ecs_task_definition" "heredoc" { # expect: aws-ecs-task-definition-container-privileged "container `builder`"
  family                = "heredoc"
  container_definitions = <<-JSON
    [
      {
        "name": "builder",
        "image": "docker:27-dind",
        "privileged": true
      }
    ]
  JSON
}
