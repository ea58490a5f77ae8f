resource "random_password" "db" {
  length  = 32
  special = true
}

variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_db_instance" "managed" {
  engine                        = "postgres"
  username                      = "admin"
  manage_master_user_password   = true
  master_user_secret_kms_key_id = aws_kms_key.db.arn
}

resource "aws_db_instance" "generated" {
  engine   = "postgres"
  username = "admin"
  password = random_password.db.result
}

resource "aws_rds_cluster" "from_caller" {
  engine          = "aurora-postgresql"
  master_username = "admin"
  master_password = var.db_password
}

data "aws_secretsmanager_secret_version" "broker" {
  secret_id = "prod/mq"
}

resource "aws_mq_broker" "events" {
  broker_name = "events"
  user {
    username = "app"
    password = jsondecode(data.aws_secretsmanager_secret_version.broker.secret_string)["password"]
  }
}

resource "aws_efs_file_system" "shared" {
  creation_token = "shared-files"
  encrypted      = true
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  allow_users_to_change_password = true
  password_reuse_prevention      = 24
}

resource "aws_elasticache_replication_group" "cache" {
  replication_group_id       = "cache"
  description                = "cache"
  transit_encryption_enabled = true
  auth_token                 = ""
}

module "db" {
  source                      = "terraform-aws-modules/rds/aws"
  identifier                  = "blue-green"
  password_wo                 = random_password.db.result
  password_wo_version         = 1
  manage_master_user_password = false
}

# Compute Engine disks encrypted with Cloud KMS, or with a customer-supplied
# key that comes from a variable without a default or a secret store.
variable "disk_key" {
  type      = string
  sensitive = true
}

data "google_secret_manager_secret_version" "csek" {
  secret = "disk-csek"
}

resource "google_compute_disk" "kms" {
  name = "kms"
  zone = "europe-west1-b"
  disk_encryption_key {
    kms_key_self_link = "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/disks"
  }
}

resource "google_compute_disk" "from_caller" {
  name = "from-caller"
  zone = "europe-west1-b"
  disk_encryption_key {
    raw_key = var.disk_key
  }
}

resource "google_compute_instance" "vm" {
  name         = "vm"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    disk_encryption_key_raw = data.google_secret_manager_secret_version.csek.secret_data
    initialize_params {
      image = "debian-cloud/debian-12"
      source_image_encryption_key {
        raw_key = var.disk_key
      }
    }
  }

  attached_disk {
    source            = google_compute_disk.kms.id
    kms_key_self_link = "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/disks"
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_snapshot" "nightly" {
  name        = "nightly"
  source_disk = google_compute_disk.from_caller.id
  zone        = "europe-west1-b"
  source_disk_encryption_key {
    raw_key = var.disk_key
  }
  snapshot_encryption_key {
    kms_key_self_link = "projects/p/locations/europe-west1/keyRings/r/cryptoKeys/snapshots"
  }
}

# Nested credentials that come from elsewhere, and nested names that only
# describe a credential.
resource "random_password" "search" {
  length = 24
}

resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "example"
      master_user_password = random_password.search.result
    }
  }
}

resource "aws_cloudwatch_event_connection" "api_key" {
  name               = "api-key"
  authorization_type = "API_KEY"
  auth_parameters {
    api_key {
      key   = "x-signature"
      value = var.db_password
    }
    invocation_http_parameters {
      header {
        key             = "x-environment"
        value           = "production"
        is_value_secret = false
      }
    }
  }
}

resource "azurerm_container_app" "web" {
  name                         = "web"
  container_app_environment_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/env"
  resource_group_name          = "rg"
  revision_mode                = "Single"
  secret {
    name                = "registry-password"
    identity            = "System"
    key_vault_secret_id = "https://vault.vault.azure.net/secrets/registry-password"
  }
  template {
    container {
      name   = "web"
      image  = "example.azurecr.io/web:1.0"
      cpu    = 0.25
      memory = "0.5Gi"
      env {
        name        = "REGISTRY_PASSWORD"
        secret_name = "registry-password"
      }
      env {
        name  = "LOG_LEVEL"
        value = "info"
      }
    }
  }
}

# A CodeBuild project's `encryption_key` names a KMS key by its alias.
resource "aws_codebuild_project" "artifacts" {
  name           = "artifacts"
  service_role   = "arn:aws:iam::123456789012:role/codebuild"
  encryption_key = "alias/aws/s3"
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
  }
}

# Where the secret is, not the secret: a Secret Manager secret's name and
# a Key Vault reference that App Service resolves.
resource "google_datastream_connection_profile" "orders" {
  display_name          = "orders"
  location              = "europe-west1"
  connection_profile_id = "orders"
  mysql_profile {
    hostname                       = "10.20.0.5"
    username                       = "datastream"
    secret_manager_stored_password = "projects/acme/secrets/orders-db-password/versions/latest"
  }
}

resource "azurerm_linux_web_app" "portal" {
  name                = "portal"
  resource_group_name = "rg-portal"
  location            = "westeurope"
  service_plan_id     = "/subscriptions/0000/resourceGroups/rg-portal/providers/Microsoft.Web/serverFarms/plan"
  site_config {}
  app_settings = {
    DB_PASSWORD  = "@Microsoft.KeyVault(SecretUri=https://kv-portal.vault.azure.net/secrets/db-password/)"
    SMTP_PASSWORD = "https://kv-portal.vault.azure.net/secrets/smtp-password"
  }
}
