# Credentials recognised by their value, whatever the variable is called.
resource "aws_lambda_function" "notify" {
  function_name = "notify"
  role          = "arn:aws:iam::111122223333:role/notify"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  environment {
    variables = {
      HOOK      = "https://hooks.slack.com/services/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" # expect: tf-env-secret-literal "Lambda function `aws_lambda_function.notify` sets `HOOK` to an access token"
      LOG_LEVEL = "info"
    }
  }
}

resource "aws_codebuild_project" "build" {
  name         = "build"
  service_role = "arn:aws:iam::111122223333:role/build"
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
      name  = "PYPI_UPLOAD"
      value = "pypi-AgEIcHlwaS5vcmcZcGgWoeOlsuMAHGE9Hngi6Gezpq8UPktsn3NKi3YqHh7wkMz0OmdOpEQUjCy" # expect: tf-env-secret-literal "`PYPI_UPLOAD` to an access token"
    }
  }
}

resource "aws_ecs_task_definition" "web" {
  family = "web"
  container_definitions = jsonencode([
    {
      name  = "web"
      image = "ghcr.io/acme/web:3.1.0"
      environment = [
        { name = "DATABASE_URL", value = "postgres://web:Wq8-rT5y7Lp@db.internal:5432/web" }, # expect: tf-env-secret-literal "`DATABASE_URL` to a connection string with a password"
        { name = "PORT", value = "8080" }
      ]
    }
  ])
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "europe-west1"
  template {
    containers {
      image = "europe-docker.pkg.dev/acme/api/api:1.0.0"
      env {
        name  = "STRIPE"
        value = "sk_live_WLVih5dKnyIVacRRzaHDLGCy" # expect: tf-env-secret-literal "Cloud Run `google_cloud_run_v2_service.api` sets `STRIPE` to an access token"
      }
    }
  }
}

resource "google_cloudfunctions2_function" "hook" {
  name     = "hook"
  location = "europe-west1"
  service_config {
    environment_variables = {
      OPENAI = "sk-proj-CnD48Q7o4mFpobB6lJVEs6nOGsAVB5raO8HX4EPFT3BlbkFJAlF6yIEUZAZ1R5PWZD3qyW0FAmkmTstzluPyAkfN" # expect: tf-env-secret-literal "Cloud Function `google_cloudfunctions2_function.hook` sets `OPENAI` to an access token"
    }
  }
}
