resource "aws_ecs_task_definition" "agent" {
  family                = "agent"
  network_mode          = "host" # expect: aws-ecs-task-definition-host-namespace "`aws_ecs_task_definition.agent` uses the host's network"
  pid_mode              = "host" # expect: aws-ecs-task-definition-host-namespace "process namespace"
  ipc_mode              = "host" # expect: aws-ecs-task-definition-host-namespace "IPC namespace"
  container_definitions = jsonencode([{ name = "agent", image = "amazon/cloudwatch-agent:1.300049" }])
}
