resource "aws_db_instance" "default" {
  engine   = "mysql"
  username = "admin"
  password = "Aa1234321Bb" # expect: tf-argument-secret-literal "sets `password`"
}

variable "master_password" {
  type      = string
  sensitive = true
  default   = "UberSecretPassword"
}

# A variable's default is in the repository too.
resource "aws_rds_cluster" "aurora" {
  engine          = "aurora-postgresql"
  master_username = "admin"
  master_password = var.master_password # expect: tf-argument-secret-literal "`master_password`"
}

resource "azurerm_mssql_server" "example" {
  name                         = "example-sqlserver"
  administrator_login          = "ariel"
  administrator_login_password = "AdminPassword123!" # expect: tf-argument-secret-literal "`administrator_login_password`"
}

resource "aws_mq_broker" "events" {
  broker_name = "events"
  user {
    username = "app"
    password = "correct-horse-battery" # expect: tf-argument-secret-literal "`user.password`"
  }
}

resource "aws_glue_connection" "warehouse" {
  name = "warehouse"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:postgresql://db.example.com:5432/warehouse"
    USERNAME            = "etl"
    PASSWORD            = "etl-password-1" # expect: tf-argument-secret-literal "`PASSWORD` in `connection_properties`"
  }
}

resource "aws_secretsmanager_secret_version" "db" {
  secret_id = aws_secretsmanager_secret.db.id
  secret_string = jsonencode({
    username = "admin"
    password = "hunter2" # expect: tf-argument-secret-literal "`password` in `secret_string`"
  })
}

module "db" {
  source      = "terraform-aws-modules/rds/aws"
  identifier  = "blue-green"
  password_wo = "UberSecretPassword" # expect: tf-argument-secret-literal "module call `module.db`"
}

# Customer-supplied encryption keys of Compute Engine disks, images and snapshots.
resource "google_compute_disk" "data" {
  name = "data"
  zone = "europe-west1-b"
  size = 100
  disk_encryption_key {
    raw_key = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0=" # expect: tf-argument-secret-literal "`google_compute_disk.data` sets `disk_encryption_key.raw_key`"
  }
}

resource "google_compute_region_disk" "wrapped" {
  name          = "wrapped"
  region        = "europe-west1"
  replica_zones = ["europe-west1-b", "europe-west1-c"]
  disk_encryption_key {
    rsa_encrypted_key = "ieCx/NcW06PcT7Ep1X6LUTc/hLvUDYyzSZPPVCVPTVEohpeHASqC8uw5TzyO9U+Fka9JFHz0mBibXUInrC/jEk014kCK/NPjYgEMOyssZ4ZINPKxlUh2zn1bV+MCaTICrdmuSBTWlUUiFoDD6PYznLwh8ZNdaheCeZ8ewEXgFQ8V+sDroLaN3Xs3MDTXQEMMoNUXMCZEIpg9Vtp9x2oeQ5lAbtt7bYAAHf5l+gJWw3sUfs0/Glw5fpdjT8Uggrr+RMZezGrltJEF293rvTIjWOEB3z5OHyHwQkvdrPDFcTqsLfh+8Hr8g+mf+7zVPEC8nEbqpdl3GPv3A7AwpFp7MA==" # expect: tf-argument-secret-literal "`google_compute_region_disk.wrapped` sets `disk_encryption_key.rsa_encrypted_key`"
  }
}

variable "csek" {
  type      = string
  sensitive = true
  default   = "c2VjcmV0LWtleS1vZi0zMi1ieXRlcy1mb3ItdGVzdGluZyE="
}

resource "google_compute_instance" "vm" {
  name         = "vm"
  machine_type = "e2-medium"
  zone         = "europe-west1-b"

  boot_disk {
    disk_encryption_key_raw = var.csek # expect: tf-argument-secret-literal "`google_compute_instance.vm` sets `boot_disk.disk_encryption_key_raw`"
    initialize_params {
      image = "debian-cloud/debian-12"
      source_image_encryption_key {
        raw_key = "aW1hZ2Uta2V5LW9mLTMyLWJ5dGVzLWZvci10ZXN0aW5nIQ==" # expect: tf-argument-secret-literal "`google_compute_instance.vm` sets `boot_disk.initialize_params.source_image_encryption_key.raw_key`"
      }
    }
  }

  attached_disk {
    source                  = google_compute_disk.data.id
    disk_encryption_key_raw = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0=" # expect: tf-argument-secret-literal "`google_compute_instance.vm` sets `attached_disk.disk_encryption_key_raw`"
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_snapshot" "nightly" {
  name        = "nightly"
  source_disk = google_compute_disk.data.id
  zone        = "europe-west1-b"
  source_disk_encryption_key {
    raw_key = "SGVsbG8gZnJvbSBHb29nbGUgQ2xvdWQgUGxhdGZvcm0=" # expect: tf-argument-secret-literal "`google_compute_snapshot.nightly` sets `source_disk_encryption_key.raw_key`"
  }
  snapshot_encryption_key {
    raw_key = "c25hcHNob3Qta2V5LW9mLTMyLWJ5dGVzLWZvci10ZXN0IQ==" # expect: tf-argument-secret-literal "`google_compute_snapshot.nightly` sets `snapshot_encryption_key.raw_key`"
  }
}

resource "google_compute_image" "golden" {
  name        = "golden"
  source_disk = google_compute_disk.data.id
  image_encryption_key {
    raw_key = "aW1hZ2Uta2V5LW9mLTMyLWJ5dGVzLWZvci10ZXN0aW5nIQ==" # expect: tf-argument-secret-literal "`google_compute_image.golden` sets `image_encryption_key.raw_key`"
  }
}

resource "google_compute_instance_template" "app" {
  name_prefix  = "app-"
  machine_type = "e2-medium"
  disk {
    source_image = "debian-cloud/debian-12"
    source_image_encryption_key {
      raw_key = "aW1hZ2Uta2V5LW9mLTMyLWJ5dGVzLWZvci10ZXN0aW5nIQ==" # expect: tf-argument-secret-literal "`google_compute_instance_template.app` sets `disk.source_image_encryption_key.raw_key`"
    }
  }
  network_interface {
    network = "default"
  }
}

# Credentials in blocks nested deeper.
resource "aws_opensearch_domain" "search" {
  domain_name = "search"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "example"
      master_user_password = "Barbarbarbar1!" # expect: tf-argument-secret-literal "`advanced_security_options.master_user_options.master_user_password`"
    }
  }
}

resource "aws_cloudwatch_event_connection" "oauth" {
  name               = "oauth"
  authorization_type = "OAUTH_CLIENT_CREDENTIALS"
  auth_parameters {
    oauth {
      authorization_endpoint = "https://auth.example.com/oauth/token"
      http_method            = "POST"
      client_parameters {
        client_id     = "1234567890"
        client_secret = "Pass1234!" # expect: tf-argument-secret-literal "`auth_parameters.oauth.client_parameters.client_secret`"
      }
    }
  }
}

resource "aws_cloudwatch_event_connection" "api_key" {
  name               = "api-key"
  authorization_type = "API_KEY"
  auth_parameters {
    api_key {
      key   = "x-signature"
      value = "8c1f2e0b9d7a" # expect: tf-argument-secret-literal "`auth_parameters.api_key.value`"
    }
  }
}

resource "azurerm_container_app" "web" {
  name                         = "web"
  container_app_environment_id = "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/env"
  resource_group_name          = "rg"
  revision_mode                = "Single"
  secret {
    name  = "registry-password"
    value = "s3cr3t-registry-pass" # expect: tf-argument-secret-literal "`secret.value`"
  }
  template {
    container {
      name   = "web"
      image  = "example.azurecr.io/web:1.0"
      cpu    = 0.25
      memory = "0.5Gi"
    }
  }
}
