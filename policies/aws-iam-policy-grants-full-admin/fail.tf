resource "aws_iam_policy" "admin" {
  name = "admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow" # expect: aws-iam-policy-grants-full-admin "`aws_iam_policy.admin`"
      Action   = ["*"]
      Resource = "*"
    }]
  })
}

data "aws_iam_policy_document" "admin" {
  statement {
    actions   = ["*"] # expect: aws-iam-policy-grants-full-admin "`data.aws_iam_policy_document.admin`"
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "admin" {
  role   = "ops"
  policy = data.aws_iam_policy_document.admin.json # reported at the data source
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
