# Names that end like configuration but hold credentials: a connection URI
# carries a password, and a credential word after the last `/` decides.
resource "aws_secretsmanager_secret" "database_uri" { # expect: aws-secretsmanager-secret-rotation-disabled
  name = "SQLALCHEMY_DATABASE_URI"
}

resource "aws_secretsmanager_secret" "host_password" { # expect: aws-secretsmanager-secret-rotation-disabled
  name = "/prod/db/host-password"
}

# The name is not known and the label does not describe configuration.
resource "aws_secretsmanager_secret" "partner" { # expect: aws-secretsmanager-secret-rotation-disabled
  name = var.partner_secret_name
}
