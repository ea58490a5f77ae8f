# Credentials recognised by their value, whatever the argument is called.
resource "azurerm_linux_web_app" "shop" {
  name                = "shop-web"
  resource_group_name = "shop"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0b1f6471-1bf0-4dda-aec3-111122223333/resourceGroups/shop/providers/Microsoft.Web/serverFarms/shop"

  app_settings = {
    "STORAGE"        = "DefaultEndpointsProtocol=https;AccountName=shopfiles;AccountKey=Tb4NFOqIQ1MWr7eTYH3ygZ97acfYwKeqUalbIJDqQxNnWbIGWcOsdh8sqebVkPO4dFqOnTUtxwNe9mnpBdDEB5==;EndpointSuffix=core.windows.net" # expect: tf-argument-secret-literal "sets `STORAGE` in `app_settings` to an access token"
    "SLACK_HOOK_URL" = "https://hooks.slack.com/services/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" # expect: tf-argument-secret-literal "`SLACK_HOOK_URL` in `app_settings` to an access token"
    "WEBSITE_RUN_FROM_PACKAGE" = "1"
    # The second URL of the text has the password.
    "QUEUE_HELP" = "see https://docs.acme.test/queues; amqp://app:Qm7vT2pLx9@mq.internal" # expect: tf-argument-secret-literal "`QUEUE_HELP` in `app_settings` to a connection string with a password"
  }

  connection_string {
    name  = "Shop"
    type  = "SQLAzure"
    value = "Server=tcp:shop.database.windows.net,1433;Database=shop;User ID=shopadmin;Password=Wq8-rT5y7Lp;Encrypt=true;" # expect: tf-argument-secret-literal "sets `connection_string.value` to a connection string with a password"
  }

  site_config {}
}

resource "kubernetes_config_map" "bot" {
  metadata {
    name = "bot"
  }
  data = {
    "GH_AUTH" = "ghp_M1eWrP3uIZ35wyVpbDO0tdDFPu2OOjUz597T" # expect: tf-argument-secret-literal "sets `GH_AUTH` in `data` to an access token"
  }
}

resource "google_compute_instance_template" "web" {
  name_prefix  = "web-"
  machine_type = "e2-small"
  disk {
    source_image = "debian-cloud/debian-12"
  }
  network_interface {
    network = "default"
    access_config {
      nat_ip = "203.0.113.10"
    }
  }
  labels = {
    team = "web"
  }
  description = "Reads from https://ci:Zk8qL2mP@artifacts.acme.internal/web" # expect: tf-argument-secret-literal "sets `description` to a connection string with a password"
}

module "app" {
  source    = "./modules/app"
  dsn       = "postgres://app:Wq8-rT5y7Lp@db.internal:5432/app" # expect: tf-argument-secret-literal "passes `dsn` a connection string with a password"
  env = {
    MAPS = "AIzatoYGXnev5RsM2uy7ce5vTjVgd8fQrJnW4NH" # expect: tf-argument-secret-literal "passes `MAPS` in `env` an access token"
  }
}

resource "github_actions_variable" "deploy" {
  repository    = "shop"
  variable_name = "DEPLOY"
  value         = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBk3q9vV0aQ7RmT2yXnLw5cJ8sPd1uHf4gZeK6tBoNrYgAAAJg=\n-----END OPENSSH PRIVATE KEY-----\n" # expect: tf-argument-secret-literal "sets `value` to a private key"
}

resource "google_cloudbuild_trigger" "release" {
  name = "release"
  build {
    step {
      name   = "gcr.io/cloud-builders/git"
      script = "git clone https://x-access-token:glpat-YG1TRtznn2keSriyRPwH@gitlab.acme.internal/shop/web.git" # expect: tf-argument-secret-literal "sets `build.step.script` to a connection string with a password"
    }
  }
}
