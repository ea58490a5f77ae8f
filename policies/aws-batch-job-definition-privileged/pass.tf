variable "container_properties" {
  type = string
}

resource "aws_batch_job_definition" "report" {
  name                  = "report"
  type                  = "container"
  platform_capabilities = ["FARGATE"]
  container_properties = jsonencode({
    image                  = "acme/report:3.1"
    readonlyRootFilesystem = true
    privileged             = false
  })
}

resource "aws_batch_job_definition" "from_var" {
  name                 = "from-var"
  type                 = "container"
  container_properties = var.container_properties
}

resource "aws_batch_job_definition" "on_eks" {
  name = "on-eks"
  type = "container"
  eks_properties {
    pod_properties {
      containers {
        image = "acme/app:2.0"
        security_context {
          run_as_non_root = true
        }
      }
    }
  }
}
