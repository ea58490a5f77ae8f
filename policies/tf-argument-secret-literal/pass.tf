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
