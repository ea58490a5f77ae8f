resource "aws_batch_job_definition" "build" {
  name = "build"
  type = "container"
  container_properties = jsonencode({
    image      = "public.ecr.aws/docker/library/docker:27-dind"
    privileged = true # expect: aws-batch-job-definition-privileged "`aws_batch_job_definition.build`"
    resourceRequirements = [
      { type = "VCPU", value = "2" },
      { type = "MEMORY", value = "4096" },
    ]
  })
}

resource "aws_batch_job_definition" "mpi" { # expect: aws-batch-job-definition-privileged "on its nodes"
  name            = "mpi"
  type            = "multinode"
  node_properties = <<JSON
{
  "mainNode": 0,
  "numNodes": 2,
  "nodeRangeProperties": [
    {"targetNodes": "0:", "container": {"image": "acme/mpi:1.4", "privileged": true}}
  ]
}
JSON
}

resource "aws_batch_job_definition" "sidecars" {
  name = "sidecars"
  type = "container"
  ecs_properties = jsonencode({
    taskProperties = [{
      containers = [
        { name = "app", image = "acme/app:2.0", essential = true },
        { name = "agent", image = "acme/agent:1.0", privileged = true }, # expect: aws-batch-job-definition-privileged "ECS container"
      ]
    }]
  })
}

resource "aws_batch_job_definition" "on_eks" {
  name = "on-eks"
  type = "container"
  eks_properties {
    pod_properties {
      containers {
        image = "acme/app:2.0"
        security_context {
          privileged = true # expect: aws-batch-job-definition-privileged "EKS container"
        }
      }
    }
  }
}
