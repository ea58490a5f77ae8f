# Values that only contain the letters of a placeholder are credentials.
module "atlantis" {
  source             = "./atlantis"
  github_oauth_token = "NO_TOKEN_7fQ2xLp9" # expect: tf-argument-secret-literal "`github_oauth_token`"
  gitlab_token       = "glpat9dummyQ3x"    # expect: tf-argument-secret-literal "`gitlab_token`"
}

resource "aws_db_instance" "app" {
  identifier          = "app"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  password            = "EXAMPLEs-are-not-at-the-end" # expect: tf-argument-secret-literal "`password`"
  skip_final_snapshot = true
  storage_encrypted   = true
}
