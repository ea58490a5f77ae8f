# `NO_TOKEN` and the like say the feature that needs the credential is
# off (here the webhook), and `dummy` marks a stand-in: neither is a
# credential.
module "atlantis" {
  source                = "./atlantis"
  webhook_enabled       = false
  github_oauth_token    = "NO_TOKEN"
  github_webhooks_token = "NOTOKEN"
  gitlab_token          = "no-token"
  bitbucket_password    = "dummy-password"
}

resource "aws_db_instance" "docs" {
  identifier          = "docs"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "NO-PASSWORD"
  skip_final_snapshot = true
  storage_encrypted   = true
}
