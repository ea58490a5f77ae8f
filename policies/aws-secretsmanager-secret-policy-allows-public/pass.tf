resource "aws_secretsmanager_secret" "db" {
  name = "db"
}

data "aws_iam_policy_document" "db" {
  statement {
    actions   = ["secretsmanager:GetSecretValue"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.app.arn]
    }
  }
  statement {
    effect    = "Deny"
    actions   = ["secretsmanager:*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringNotEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_secretsmanager_secret_policy" "db" {
  secret_arn          = aws_secretsmanager_secret.db.arn
  policy              = data.aws_iam_policy_document.db.json
  block_public_policy = true
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = "{}"
}
