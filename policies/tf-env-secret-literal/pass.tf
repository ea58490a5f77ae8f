variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_lambda_function" "analysis" {
  function_name = "analysis"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  environment {
    variables = {
      DB_PASSWORD        = var.db_password
      API_TOKEN          = random_password.api.result
      DB_SECRET          = aws_secretsmanager_secret.db.arn
      STRIPE_SECRET      = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:stripe-AbCdEf"
      PASSWORD_FILE      = "/run/secrets/db"
      TOKEN_URL          = "https://auth.example.com/token"
      SECRET_REQUIRED    = "true"
      OPTIONAL_API_TOKEN = ""
    }
  }
}

resource "aws_lambda_function" "no_environment" {
  function_name = "plain"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
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
      value = "ci/npm-token"
      type  = "SECRETS_MANAGER"
    }
    environment_variable {
      name  = "SONAR_TOKEN"
      value = "/ci/sonar/token"
      type  = "PARAMETER_STORE"
    }
    environment_variable {
      name  = "STAGE"
      value = "prod"
    }
  }
}

resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([
    {
      name  = "web"
      image = "nginx:1.27"
      environment = [{ name = "PORT", value = "8080" }]
      secrets = [
        { name = "API_KEY", valueFrom = "arn:aws:ssm:eu-west-1:123456789012:parameter/web/api-key" },
      ]
    }
  ])
}

# Definitions that cannot be evaluated are not read.
resource "aws_ecs_task_definition" "from_file" {
  family                = "from-file"
  container_definitions = file("containers.json")
}

variable "extra_env" {
  type = map(string)
}

resource "aws_lambda_function" "merged" {
  function_name = "merged"
  role          = aws_iam_role.lambda.arn
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  environment {
    variables = merge({ STAGE = "prod" }, var.extra_env)
  }
}

# Cloud Run reads the secret from Secret Manager; the other variables
# only say where things are.
resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/api/api:1.4.2"
      env {
        name = "STRIPE_API_KEY"
        value_source {
          secret_key_ref {
            secret  = google_secret_manager_secret.stripe.secret_id
            version = "latest"
          }
        }
      }
      env {
        name  = "DB_PASSWORD_FILE"
        value = "/secrets/db/password"
      }
      env {
        name  = "API_TOKEN"
        value = var.api_token
      }
    }
  }
}

variable "api_token" {
  type      = string
  sensitive = true
}

resource "google_cloudfunctions2_function" "hook" {
  name     = "hook"
  location = "europe-west1"
  service_config {
    environment_variables = {
      WEBHOOK_SECRET_NAME = "webhook-secret"
    }
    secret_environment_variables {
      key        = "WEBHOOK_SECRET"
      project_id = "acme"
      secret     = "webhook-secret"
      version    = "latest"
    }
  }
}
