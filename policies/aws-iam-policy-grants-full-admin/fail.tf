resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ # expect: aws-iam-policy-grants-full-admin
      Effect   = "Allow"
      Action   = ["*"]
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "admin" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "admin" {
  role   = "ops"
  policy = data.aws_iam_policy_document.admin.json # expect: aws-iam-policy-grants-full-admin
}

resource "aws_iam_user_policy" "legacy" {
  user   = "deploy"
  policy = <<EOT
{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "*", "Resource": "*"}}
EOT
}

resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = "{}"
  inline_policy {
    name = "all"
    policy = jsonencode({
      Statement = [{ Effect = "Allow", Action = "*:*", Resource = ["*"] }] # expect: aws-iam-policy-grants-full-admin
    })
  }
}
