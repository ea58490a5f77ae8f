resource "aws_lambda_function" "analysis" {
  function_name = "analysis"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  environment {
    variables = {
      access_key  = "AKIAFIXTURE000000001"                     # expect: tf-env-secret-literal "`access_key`"
      secret_key  = "fixture/secret+access/key000000000000001" # expect: tf-env-secret-literal "`secret_key`"
      LOG_LEVEL   = "info"
      DB_PASSWORD = var.db_password # expect: tf-env-secret-literal "Lambda function `aws_lambda_function.analysis`"
    }
  }
}

# A variable's default is in the repository too.
variable "db_password" {
  type    = string
  default = "hunter2"
}

resource "aws_codebuild_project" "build" {
  name         = "build"
  service_role = aws_iam_role.codebuild.arn
  artifacts {
    type = "NO_ARTIFACTS"
  }
  source {
    type = "GITHUB"
  }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "NPM_TOKEN"
      value = "npm_0123456789abcdefghijklmnopqrstuvwxyz" # expect: tf-env-secret-literal "CodeBuild project"
    }
    environment_variable {
      name  = "SONAR_TOKEN"
      value = "squ_0123456789abcdef" # expect: tf-env-secret-literal "`SONAR_TOKEN`"
      type  = "PLAINTEXT"
    }
  }
}

resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([
    {
      name  = "web"
      image = "nginx:1.27"
      environment = [
        { name = "API_KEY", value = "0123456789abcdef" }, # expect: tf-env-secret-literal "container `web`"
        { name = "PORT", value = "8080" },
      ]
    }
  ])
}

# Values decoded from JSON text are reported at the resource.
resource "aws_ecs_task_definition" "worker" { # expect: tf-env-secret-literal "`REDIS_PASSWORD`"
  family = "worker"
  container_definitions = <<EOF
[
  {
    "name": "worker",
    "image": "acme/worker:1.4.2",
    "environment": [{"name": "REDIS_PASSWORD", "value": "s3cret"}]
  }
]
EOF
}

variable "image" {
  type = string
}

# The known parts of a partly known value are read.
resource "aws_ecs_task_definition" "partly_known" {
  family = "partly-known"
  container_definitions = jsonencode([ # expect: tf-env-secret-literal "container `app`"
    { name = "app", image = var.image, environment = [{ name = "API_KEY", value = "literal" }] }
  ])
}

resource "aws_lambda_function" "crypt" {
  function_name = "crypt"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  environment {
    variables = {
      DB_ENC_KEY = "k3Yq8vZ1pL0mXr7TbW2nC9sD4fG6hJ5a" # expect: tf-env-secret-literal "`DB_ENC_KEY`"
    }
  }
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/api/api:1.4.2"
      env {
        name  = "STRIPE_API_KEY"
        value = "rk_fixture_0123456789abcdef" # expect: tf-env-secret-literal "Cloud Run `google_cloud_run_v2_service.api` sets `STRIPE_API_KEY`"
      }
      env {
        name  = "LOG_LEVEL"
        value = "info"
      }
    }
  }
}

resource "google_cloud_run_v2_job" "export" {
  name     = "export"
  location = "europe-west1"
  template {
    template {
      containers {
        image = "europe-docker.pkg.dev/acme/jobs/export:2.0.1"
        env {
          name  = "DB_PASSWORD"
          value = "fixture-db-password-1" # expect: tf-env-secret-literal "`DB_PASSWORD`"
        }
      }
    }
  }
}

resource "google_cloud_run_service" "legacy" {
  name     = "legacy"
  location = "europe-west1"
  template {
    spec {
      containers {
        image = "gcr.io/acme/legacy:3.1.0"
        env {
          name  = "SESSION_SECRET"
          value = "fixture-session-secret" # expect: tf-env-secret-literal "Cloud Run `google_cloud_run_service.legacy`"
        }
      }
    }
  }
}

resource "google_cloudfunctions2_function" "hook" {
  name     = "hook"
  location = "europe-west1"
  build_config {
    runtime     = "python312"
    entry_point = "handle"
    environment_variables = {
      PIP_INDEX_TOKEN = "fixture-index-token" # expect: tf-env-secret-literal "Cloud Function `google_cloudfunctions2_function.hook` sets `PIP_INDEX_TOKEN`"
    }
  }
  service_config {
    environment_variables = {
      WEBHOOK_SECRET = "fixture-webhook-secret" # expect: tf-env-secret-literal "`WEBHOOK_SECRET`"
      REGION         = "europe-west1"
    }
  }
}
